// The shapes a provider module fills in: what marks its responses (header, host and page signals),
// and how it reads a failure it produced or relayed.
import type { Failure } from './types';
import type { Context } from './context';

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
}
