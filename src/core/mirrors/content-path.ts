// An IPFS content path (/ipfs/<cid>/… or /ipns/<name>/…), from an x-ipfs-path header or a DNSLink value,
// checked piece by piece: anything else (javascript:, a URL, a traversal) is refused.
import { isCid, isDnsName, isIpnsKey } from './cid';
import { hasControlOrSpace } from './safe-url';

export interface ContentPath {
  namespace: 'ipfs' | 'ipns';
  root: string; // the CID, or the IPNS name (a key or a DNS name)
  rest: string; // '' or '/a/b' (or '/a/b/': a directory keeps its slash), percent-encoded as it came
}

export function parseContentPath(value: unknown): ContentPath | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  const match = /^\/(ipfs|ipns)\/([^/?#]+)((?:\/[^?#]*)?)$/.exec(value.trim());
  if (match === null) return undefined;
  const namespace = match[1] as 'ipfs' | 'ipns';
  const root = match[2] as string;
  const rest = (match[3] ?? '').replace(/\/+$/, '/').replace(/^\/$/, '');
  const ok = namespace === 'ipfs' ? isCid(root) : isIpnsKey(root) || isDnsName(root.toLowerCase());
  if (!ok || !safeRest(rest)) return undefined;
  return { namespace, root: namespace === 'ipns' && isDnsName(root.toLowerCase()) ? root.toLowerCase() : root, rest };
}

/** `dnslink=/ipfs/<cid>` (or /ipns/<name>) from one TXT string, quotes and all; undefined for anything else. */
export function parseDnslinkTxt(txt: unknown): ContentPath | undefined {
  if (typeof txt !== 'string') return undefined;
  const text = txt.trim().replace(/^"|"$/g, '').replace(/"\s*"/g, ''); // DoH JSON quotes, split strings
  if (!text.startsWith('dnslink=')) return undefined;
  return parseContentPath(text.slice('dnslink='.length));
}

function safeRest(rest: string): boolean {
  if (rest === '') return true;
  if (hasControlOrSpace(rest) || rest.includes('\\')) return false;
  return rest.split('/').slice(1).every((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    return decoded !== '.' && decoded !== '..' && !decoded.includes('/');
  });
}

/** Whether there is IPFS content to offer through a gateway: a learned x-ipfs-path or a DNSLink record. */
export function hasIpfsContent(lookups: { dnslink: readonly { txt?: readonly string[] }[] }, ipfsPath: string | undefined): boolean {
  return parseContentPath(ipfsPath) !== undefined || lookups.dnslink.some((answer) => answer.txt?.some((txt) => parseDnslinkTxt(txt) !== undefined) === true);
}
