// Builds dist/ once before the tests when it is missing or older than its sources (the E2E tests load it).
import { execFileSync } from 'node:child_process';
import { distIsFresh } from './e2e/dist-is-fresh';

export default function setup(): void {
  if (distIsFresh()) return;
  try {
    // The build that ships: under vitest NODE_ENV is "test", and Vite would build preact's development code.
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed before the tests:\n${stdout}\n${stderr}`);
  }
}
