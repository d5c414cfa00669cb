// Mirror suggestions: what goes into suggestMirrors and what comes out. Plain data, no effects.
import type { Phrase } from '../explain/phrase';
import type { Diagnosis } from '../types';

export type SuggestionKind = 'wayback' | 'archive-today' | 'memento' | 'ipfs' | 'ens' | 'onion';

export interface Suggestion {
  kind: SuggestionKind;
  url: string; // https: only, except an onion address (action 'copy')
  action: 'open' | 'copy'; // 'copy': shown as text to copy (a .onion needs Tor Browser), never a link
  // Words as message keys (src/locales/en/mirrors.json) that the popup renders in the reader's language.
  label: Phrase;
  why: Phrase; // why it is offered
  freshness: Phrase; // e.g. 'snapshot of 12 Mar 2025 (3 days ago)', 'gateway checked 2 min ago'
  sameProviderAsFailure: boolean;
  warning?: Phrase;
}

/** What the host learner kept from healthy answers (structurally a store HostRecord). */
export interface LearnedHost {
  provider?: string | null;
  seen?: number; // time of the last healthy answer
  ipfsPath?: string;
  onionLocation?: string;
  announcedBy?: string; // the page that announced them
}

/** One DoH resolver's answer for _dnslink.<host>: the TXT strings, or why there are none. */
export interface DnslinkAnswer {
  resolver: string;
  txt?: readonly string[];
  error?: Phrase; // src/net's words (NetKey), rendered where they are shown
  checkedAt?: number; // when it was asked (absent: just now)
}

export type WaybackLookup =
  | { status: 'found'; url: string; timestamp: string }
  | { status: 'none' } // the archive answered: nothing archived
  | { status: 'error'; error: Phrase }; // timed out, failed, malformed

export type ArchiveTodayLookup = { status: 'found'; url: string } | { status: 'none' } | { status: 'error'; error: Phrase };

export interface Memento {
  uri: string;
  datetime: string; // RFC 3339
}

export type MementoLookup = { status: 'found'; mementos: readonly Memento[] } | { status: 'none' } | { status: 'error'; error: Phrase };

export interface GatewayHealth {
  gateway: string; // origin, e.g. 'https://ipfs.filebase.io'
  ok: boolean;
  latencyMs?: number;
  checkedAt: number;
  subdomain?: boolean; // serves <cid>.ipfs.<host> (seen as a redirect by the probe, or configured)
  error?: Phrase;
}

export interface MirrorInput {
  url: string; // the failing page
  diagnosis: Pick<Diagnosis, 'provider' | 'failure'>;
  learned?: LearnedHost;
  dnslink?: readonly DnslinkAnswer[];
  wayback?: WaybackLookup; // absent: not asked yet, or still waiting
  archiveToday?: ArchiveTodayLookup;
  memento?: MementoLookup;
  gateways?: readonly GatewayHealth[];
  frontedBy?: (host: string) => string | null | undefined; // provider id in front of a host (IP ranges, learned hosts)
  providerName?: (id: string) => string;
  now: number;
  maxGateways?: number; // IPFS gateways offered per content path (default 3)
}
