// The provider-module contract: what one folder under providers/ fills in — what marks its responses
// (header, host, path and page signals), how it reads a failure it produced or relayed, and the facts the rest
// of Detour derives from the provider list (product names, its own paths, published IP ranges and seed, status feed).
import type { Failure } from './types';
import type { Context } from './context';
import type { RangeParseResult } from './ipranges/ip-range';

export interface HeaderSignal {
  header: string; // lowercase name
  prefix?: string; // the lowercased value starts with this (cheaper than a RegExp on the hot path)
  contains?: string; // the lowercased value contains this
  match?: RegExp; // tested against the value; with neither, presence is enough
  weight: 1 | 2; // a layer is recognised at a total of 2
  evidence: string;
  service?: string;
  pop?: (value: string) => string | undefined;
  requestId?: boolean;
  alarm?: boolean; // a block marker: judge the response even when its status looks healthy
}

export interface HostSignal {
  key: string; // last two labels of the host, e.g. 'amazonaws.com'
  match?: RegExp; // tested against the whole host
  service?: string;
  evidence: string;
  // The provider's own service (its API, console, storage): nobody else's server stands behind it, so a
  // 5xx it answers is the provider's own failure (architecture.md: "a provider's own API endpoint").
  own?: boolean;
}

export interface PathSignal {
  contains: string; // in the lowercased URL after its host
  weight: 1 | 2;
  evidence: string;
  service?: string;
}

export interface PageSignal {
  find: string | RegExp; // in the lowercased reason phrase, title and body
  weight: 1 | 2;
  evidence: string;
  service?: string;
  own?: boolean; // the error format of the provider's own API: as its own host would be (HostSignal.own)
}

export interface Layer {
  readonly module: ProviderModule;
  score: number;
  evidence: string[];
  service: string | undefined;
  serviceRank: number;
  pop: string | undefined;
  requestId: string | undefined;
  requestIdRank: number;
  own: boolean; // recognised by a host that is the provider's own service
  ownHeader: string | undefined; // the first header only this provider sets that marked it (HeaderSignal weight 2, not `server`)
}

export interface Verdict {
  failure: Failure;
  generated: boolean; // this layer produced the answer itself (not relayed from further in)
  code?: string;
  service?: string;
  requestId?: string; // when the page names it and no header did
  evidence: string[];
}

export interface ProviderModule {
  id: string;
  name: string; // for evidence and UI
  depth: number; // 0 = outermost edge (CDN); larger = further in (platforms, storage, load balancers)
  services?: readonly string[]; // outermost first; the innermost seen becomes the layer's service
  headers: readonly HeaderSignal[];
  hosts?: readonly HostSignal[];
  pages?: readonly PageSignal[];
  statuses?: readonly number[]; // status codes no one but this provider sends (Cloudflare's 520–526)
  paths?: readonly PathSignal[]; // URL paths only this provider serves (Netlify's /.netlify/functions/)
  judge?: (ctx: Context, layer: Layer) => Verdict | undefined;
  /** Product names of its services (Diagnosis.service → "Amazon CloudFront"); not translated. */
  products?: Readonly<Record<string, string>>;
  /** Paths its edge answers itself on every site it fronts: a healthy answer there says nothing about the site. */
  ownPaths?: readonly string[];
  /** Its official address lists (providers.md §2), each with the parser for its format. */
  rangeLists?: readonly RangeList[];
  /** Edge ranges that change rarely, known before any list is downloaded. */
  seedRanges?: { service?: string; cidrs: readonly string[] };
  /** Where it publishes its status (providers.md §3.2). */
  status?: StatusSource;
}

export interface RangeList {
  id: string; // unique across providers, e.g. 'cloudflare-v4'
  url: string; // the default; the network client takes the source, so tests and people can point it elsewhere
  format: string; // the parser's name, e.g. 'cloudflare-text' (several lists may share one)
  parse: (text: string) => RangeParseResult;
  services?: readonly string[]; // the list holds only these services' addresses (GitHub's meta: Pages alone)
}

export type FeedKind = 'statuspage' | 'aws-health' | 'google-cloud';

export interface StatusSource {
  kind: FeedKind;
  url: string; // the machine-readable feed
  page: string; // the human page, for a link
  verified: boolean; // false: a [U] guess in providers.md that a person or a later check may correct
}

/** A Statuspage.io feed: its summary API under the human page. */
export const statuspage = (page: string, verified: boolean): StatusSource => ({ kind: 'statuspage', url: `${page}/api/v2/summary.json`, page, verified });
