// A throwaway self-signed certificate for the mirror stand-ins' https server. The browsers are launched to
// accept it (Chromium --ignore-certificate-errors, Firefox acceptInsecureCerts): it proves nothing about
// TLS, it only lets the real https: links Detour offers load from this machine.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir';

export interface StandInCertificate {
  key: string;
  cert: string;
}

export function standInCertificate(hosts: readonly string[]): StandInCertificate {
  const dir = tempDir('stand-in-tls');
  try {
    const key = join(dir.path, 'key.pem');
    const cert = join(dir.path, 'cert.pem');
    const names = hosts.map((host) => `DNS:${host}`).join(',');
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=detour-mirror-stand-in',
        ...(names ? ['-addext', `subjectAltName=${names}`] : []),
      ], { stdio: 'pipe' });
    } catch (error) {
      const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error instanceof Error ? error.message : String(error));
      throw new Error(`the mirror stand-ins need openssl (Debian: apt-get install openssl) to make their certificate: ${detail}`);
    }
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    dir.remove();
  }
}
