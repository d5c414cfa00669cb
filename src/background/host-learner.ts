// What serves each host, learned from healthy answers on the hot path: in memory, written in bulk now
// and then (a healthy response never costs a storage write).
import type { Diagnosis } from '../core/types';
import type { HostRecord } from '../store/schema';

export interface HostLearner {
  learn(host: string, diagnosis: Diagnosis, time: number): void;
  get(host: string): HostRecord | undefined;
  /** The providers on the path of the host's last healthy answer, if one named any (corroborate.ts's servedHealthy). */
  servedBy(host: string): readonly string[] | undefined;
  /** Hosts changed since the last call; the caller writes them. */
  takeChanged(): HostRecord[];
  size(): number;
}

const MAX_HOSTS = 20_000; // memory bound: the oldest learned hosts are forgotten first

export function hostLearner(): HostLearner {
  const known = new Map<string, HostRecord>();
  const changed = new Set<string>();
  return {
    learn(host, diagnosis, time) {
      const prior = known.get(host);
      const mirrors = diagnosis.mirrors;
      if (prior !== undefined && prior.provider === diagnosis.provider && mirrors === undefined && time - prior.seen < 3_600_000) return;
      const record: HostRecord = { host, provider: diagnosis.provider, seen: time };
      if (diagnosis.via !== undefined) record.via = diagnosis.via;
      if (diagnosis.service !== undefined) record.service = diagnosis.service;
      const ipfsPath = mirrors?.ipfsPath ?? prior?.ipfsPath;
      const onionLocation = mirrors?.onionLocation ?? prior?.onionLocation;
      if (ipfsPath !== undefined) record.ipfsPath = ipfsPath;
      if (onionLocation !== undefined) record.onionLocation = onionLocation;
      known.delete(host);
      known.set(host, record);
      changed.add(host);
      if (known.size > MAX_HOSTS) {
        const oldest = known.keys().next().value;
        if (oldest !== undefined) known.delete(oldest);
      }
    },
    get: (host) => known.get(host),
    servedBy(host) {
      const record = known.get(host);
      if (record === undefined || record.provider === null) return undefined;
      return record.via ?? [record.provider];
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
