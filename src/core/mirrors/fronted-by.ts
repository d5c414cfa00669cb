// Who fronts a mirror's host: its resolved addresses against the published IP ranges (providers.md §2,
// §4.2 "resolve each gateway hostname at runtime"), else what Detour learned from healthy visits.
import type { IpLookup } from '../ip-owner';

export interface FrontedBySources {
  ipLookup: IpLookup; // e.g. createRangeLookup(...) or seedIpLookup
  addresses?: (host: string) => readonly string[] | undefined; // from DoH, cached by the caller
  learned?: (host: string) => { provider?: string | null } | undefined; // the store's HostRecord
}

/** Asks about the host, then its parent domains (<cid>.ipfs.gw.example and name.eth.limo share their gateway's front). */
export function frontedByFrom(sources: FrontedBySources): (host: string) => string | undefined {
  const one = frontedByOne(sources);
  return (host) => {
    const labels = typeof host === 'string' ? host.split('.').slice(-12) : [];
    for (let i = 0; i <= labels.length - 2; i++) {
      const provider = one(labels.slice(i).join('.'));
      if (provider !== undefined) return provider;
    }
    return undefined;
  };
}

function frontedByOne(sources: FrontedBySources): (host: string) => string | undefined {
  return (host) => {
    const addresses = sources.addresses?.(host) ?? [];
    for (const ip of addresses.slice(0, 16)) {
      const owner = typeof ip === 'string' ? sources.ipLookup(ip) : undefined;
      if (owner?.edge === true) return owner.provider;
    }
    const learned = sources.learned?.(host)?.provider;
    if (typeof learned === 'string' && learned !== '') return learned;
    for (const ip of addresses.slice(0, 16)) {
      const owner = typeof ip === 'string' ? sources.ipLookup(ip) : undefined;
      if (owner !== undefined) return owner.provider; // hosted there (an EC2 address): shares the cloud's fate
    }
    return undefined;
  };
}
