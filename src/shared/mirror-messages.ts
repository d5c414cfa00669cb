// Messages about mirror suggestions: the popup asks the background for a failing page's mirrors.
import type { Suggestion } from '../core/mirrors';

export interface MirrorAnswer {
  url: string; // the address the archives were asked about (the page's, without query and fragment unless exact)
  /** The page's address has a query or fragment that was left out: the popup offers to look up the exact one. */
  trimmed?: boolean;
  suggestions: Suggestion[];
  /** Lookups that could not answer, in plain words (e.g. "The Wayback Machine did not answer in 5 s"). */
  problems: string[];
  checkedAt: number;
}

export interface MirrorMessages {
  /**
   * Archives are asked for the page's address without its query and fragment (tokens and signed URLs live
   * there) unless `exact` is true: the person asked for the exact address.
   */
  mirrors: { request: { type: 'mirrors'; tabId: number; url: string; exact?: boolean }; response: MirrorAnswer };
}
