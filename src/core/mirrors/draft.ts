// A suggestion before it is placed: `host` says where it is served from, to ask who fronts it.
import type { Suggestion } from './types';

export type Draft = Omit<Suggestion, 'sameProviderAsFailure'> & { host: string };

/** The page's path and query, for appending below an archive or content root. */
export function pageTail(page: URL): string {
  return `${page.pathname === '/' ? '' : page.pathname}${page.search}`;
}
