// Builds dist/ once before the tests when it is missing or older than its sources (the E2E tests load it).
import { execFileSync } from 'node:child_process';
import { distIsFresh } from './e2e/dist-is-fresh';

export default function setup(): void {
  if (distIsFresh()) return;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed before the tests:\n${stdout}\n${stderr}`);
  }
}
