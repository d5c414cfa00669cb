// Paths a provider's edge answers itself on every site it fronts (each provider's folder names its own): a
// healthy answer there says nothing about the site behind it. A favicon is anyone's.
import { PROVIDERS } from './providers';

const OWN_PATHS: readonly string[] = PROVIDERS.flatMap((module) => module.ownPaths ?? []);

export function providerOwnPath(url: string): boolean {
  const start = url.indexOf('://');
  const slash = start < 0 ? -1 : url.indexOf('/', start + 3);
  if (slash < 0) return false;
  for (const path of OWN_PATHS) if (url.startsWith(path, slash)) return true;
  return url.startsWith('/favicon.ico', slash);
}
