// The official range lists (providers.md §2), as each provider's folder declares them, in the provider
// list's order (within a provider, later lists win exact ties: goog.json before cloud.json). URLs are
// defaults: the network client takes the source, so tests and people can point it elsewhere.
import { PROVIDERS } from '../providers';

/** A list format's name, e.g. 'cloudflare-text', 'aws', 'google-cloud' (the provider's RangeList.format). */
export type RangeFormat = string;

export interface RangeSource {
  id: string;
  provider: string;
  url: string;
  format: RangeFormat;
  /** The list holds only these services' addresses (GitHub's meta: Pages alone); all of the provider's without. */
  services?: readonly string[];
}

export const RANGE_SOURCES: readonly RangeSource[] = PROVIDERS.flatMap((module) =>
  (module.rangeLists ?? []).map(({ id, url, format, services }): RangeSource => ({ id, provider: module.id, url, format, ...(services === undefined ? {} : { services }) })),
);
