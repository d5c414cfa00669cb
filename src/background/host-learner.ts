// What serves each host, learned from healthy answers on the hot path: in memory, written in bulk now
// and then (a healthy response never costs a storage write). A host seen only in private browsing is
// known in memory and never written. Mirror sources (x-ipfs-path, Onion-Location) are learned only from a
// page that loaded and announced them (the caller names it): they belong to that page's origin.
import type { Diagnosis } from '../core/types';
import type { HostRecord } from '../store/schema';

export interface HostLearner {
  learn(host: string, diagnosis: Diagnosis, time: number, how?: HowLearned): void;
  get(host: string): HostRecord | undefined;
  /** The providers on the path of the host's last healthy answer, if one named any (corroborate.ts's servedHealthy). */
  servedBy(host: string): readonly string[] | undefined;
  /** What an earlier worker learned and wrote (the store's hosts): known again, without being written again. */
  restore(records: readonly HostRecord[]): void;
  /** Hosts changed since the last call; the caller writes them. */
  takeChanged(): HostRecord[];
  size(): number;
}

export interface HowLearned {
  /** False: learned in a private-browsing tab, so known in memory only. Default true. */
  keep?: boolean;
  /** The top-level page whose successful answer this is (scheme, host, path): only then are its mirrors learned. */
  page?: string;
}

const MAX_HOSTS = 20_000; // memory bound: the oldest learned hosts are forgotten first

export function hostLearner(): HostLearner {
  const known = new Map<string, HostRecord>();
  const changed = new Set<string>();
  const unkept = new Set<string>(); // learned in private browsing only
  return {
    learn(host, diagnosis, time, { keep = true, page }: HowLearned = {}) {
      const prior = known.get(host);
      const mirrors = page === undefined ? undefined : diagnosis.mirrors;
      const toKeep = keep && unkept.has(host);
      if (!toKeep && prior !== undefined && prior.provider === diagnosis.provider && mirrors === undefined && time - prior.seen < 3_600_000) return;
      const record: HostRecord = { host, provider: diagnosis.provider, seen: time };
      if (diagnosis.via !== undefined) record.via = diagnosis.via;
      if (diagnosis.service !== undefined) record.service = diagnosis.service;
      // Another origin's announcement (another port or scheme) replaces what the last one said, never mixes.
      const kept = mirrors === undefined || sameOrigin(prior?.announcedBy, page) ? prior : undefined;
      const ipfsPath = mirrors?.ipfsPath ?? kept?.ipfsPath;
      const onionLocation = mirrors?.onionLocation ?? kept?.onionLocation;
      if (ipfsPath !== undefined) record.ipfsPath = ipfsPath;
      if (onionLocation !== undefined) record.onionLocation = onionLocation;
      const announcedBy = mirrors === undefined ? kept?.announcedBy : page;
      if ((ipfsPath !== undefined || onionLocation !== undefined) && announcedBy !== undefined) record.announcedBy = announcedBy;
      known.delete(host);
      known.set(host, record);
      if (keep) {
        changed.add(host);
        unkept.delete(host);
      } else if (!changed.has(host)) {
        unkept.add(host);
      }
      if (known.size > MAX_HOSTS) {
        const oldest = known.keys().next().value;
        if (oldest !== undefined) {
          known.delete(oldest);
          unkept.delete(oldest);
        }
      }
    },
    get: (host) => known.get(host),
    servedBy(host) {
      const record = known.get(host);
      if (record === undefined || record.provider === null) return undefined;
      return record.via ?? [record.provider];
    },
    restore(records) {
      const older = [...records].filter((record) => !known.has(record.host)).sort((a, b) => b.seen - a.seen).slice(0, MAX_HOSTS - known.size);
      // Older than anything learned since the worker started: they go first in the map's age order.
      const newer = [...known];
      known.clear();
      for (const record of older.reverse()) known.set(record.host, { ...record });
      for (const [host, record] of newer) known.set(host, record);
    },
    takeChanged() {
      const out: HostRecord[] = [];
      for (const host of changed) {
        const record = known.get(host);
        if (record !== undefined) out.push(record);
      }
      changed.clear();
      return out;
    },
    size: () => known.size,
  };
}

function sameOrigin(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
