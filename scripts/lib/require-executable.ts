import { accessSync, constants } from 'node:fs';

/** Fails loudly (never skips) when a browser the tests need is not installed. */
export function requireExecutable(path: string, aptPackage: string): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${path} not found: install it with \`apt-get install -y ${aptPackage}\` (see README, Quick start)`);
  }
  return path;
}
