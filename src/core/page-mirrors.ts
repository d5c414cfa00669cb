// Where else a site says its content lives: an IPFS path (x-ipfs-path) or an onion address (Onion-Location),
// sent as a header or a <meta http-equiv>. Both are page-controlled: only well-formed values are kept.
import type { Diagnosis } from './types';

const IPFS_PATH = /^\/ip[fn]s\/[^\s]{1,512}$/;
const ONION = /^https?:\/\/[a-z2-7]{56}\.onion(\/\S*)?$/i;

export function pageMirrors(ipfsPath: unknown, onionLocation: unknown): Diagnosis['mirrors'] | undefined {
  let mirrors: Diagnosis['mirrors'];
  if (typeof ipfsPath === 'string' && IPFS_PATH.test(ipfsPath.trim())) mirrors = { ipfsPath: ipfsPath.trim() };
  if (typeof onionLocation === 'string' && onionLocation.length <= 2048 && ONION.test(onionLocation.trim())) mirrors = { ...mirrors, onionLocation: onionLocation.trim() };
  return mirrors;
}
