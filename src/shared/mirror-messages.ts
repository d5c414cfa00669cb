// Messages about mirror suggestions (issue 4): the popup asks the background for a failing page's mirrors.
import type { Suggestion } from '../core/mirrors';

export interface MirrorAnswer {
  url: string; // the page the suggestions are for
  suggestions: Suggestion[];
  /** Lookups that could not answer, in plain words (e.g. "The Wayback Machine did not answer in 5 s"). */
  problems: string[];
  checkedAt: number;
}

export interface MirrorMessages {
  mirrors: { request: { type: 'mirrors'; tabId: number; url: string }; response: MirrorAnswer };
}
