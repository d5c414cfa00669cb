// A site may announce its IPFS path or onion address in a <meta http-equiv> instead of a header. Once a page
// has loaded without failing, its top frame is asked (scripting, nothing else read) and what it announces is
// learned for the host, as the headers are, for mirror suggestions when the site fails later — never on a
// host shared by many owners (a path-style bucket, an IPFS path gateway), and in memory only for a private tab.
import { readHost } from '../core/context';
import { announcingPage } from '../core/mirrors/shared-page';
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
  /** Whether what this tab shows may be written (not a private-browsing tab). */
  keeps(tabId: number): boolean;
  now(): number;
}

/** Reads a loaded page's announcements and learns the valid ones; resolves whether anything was learned. */
export async function learnMetaMirrors({ hosts, readTab, keeps, now }: MetaMirrorDeps, tabId: number, url: string): Promise<boolean> {
  const page = announcingPage(url);
  if (page === undefined) return false;
  const announced = await readTab(tabId);
  const mirrors = pageMirrors(announced?.ipfsPath, announced?.onionLocation);
  if (mirrors === undefined) return false;
  const host = readHost(url);
  hosts.learn(host, { provider: hosts.get(host)?.provider ?? null, failure: 'none', evidence: [], mirrors }, now(), { keep: keeps(tabId), page });
  return true;
}
