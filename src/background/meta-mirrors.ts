// A site may announce its IPFS path or onion address in a <meta http-equiv> instead of a header. Once a page
// has loaded without failing, its top frame is asked (scripting, nothing else read) and what it announces is
// learned for the host, as the headers are, for mirror suggestions when the site fails later.
import { readHost } from '../core/context';
import { pageMirrors } from '../core/page-mirrors';
import type { HostLearner } from './host-learner';

export interface MetaAnnouncements {
  ipfsPath?: string;
  onionLocation?: string;
}

/** Runs in the page (serialised by executeScript): self-contained, returns plain data. */
export function metaMirrorsInPage(): MetaAnnouncements {
  const read = (name: string) => document.querySelector(`meta[http-equiv="${name}" i]`)?.getAttribute('content')?.slice(0, 2048) ?? undefined;
  return { ipfsPath: read('x-ipfs-path'), onionLocation: read('onion-location') };
}

export interface MetaMirrorDeps {
  hosts: Pick<HostLearner, 'get' | 'learn'>;
  readTab(tabId: number): Promise<MetaAnnouncements | undefined>;
  now(): number;
}

/** Reads a loaded page's announcements and learns the valid ones; resolves whether anything was learned. */
export async function learnMetaMirrors({ hosts, readTab, now }: MetaMirrorDeps, tabId: number, url: string): Promise<boolean> {
  if (!/^https?:/i.test(url)) return false;
  const announced = await readTab(tabId);
  const mirrors = pageMirrors(announced?.ipfsPath, announced?.onionLocation);
  if (mirrors === undefined) return false;
  const host = readHost(url);
  hosts.learn(host, { provider: hosts.get(host)?.provider ?? null, failure: 'none', evidence: [], mirrors }, now());
  return true;
}
