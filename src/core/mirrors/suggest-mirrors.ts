// Where else the failing page can be reached. Pure: the caller gathers lookups and health
// checks; nothing here opens anything. Mirrors fronted by the provider that is down come last, saying so.
import { phrase } from '../explain/phrase';
import { archiveTodayDrafts, mementoDrafts, waybackDrafts } from './archive-drafts';
import type { Draft } from './draft';
import { ipfsDrafts } from './ipfs-drafts';
import { ensDrafts, onionDrafts } from './name-drafts';
import { parseWebUrl } from './safe-url';
import type { MirrorInput, Suggestion, SuggestionKind } from './types';

// Live content before copies of it; the onion address (copy only) last.
const KIND_ORDER: Record<SuggestionKind, number> = { ipfs: 0, ens: 1, wayback: 2, 'archive-today': 3, memento: 4, onion: 5 };

export function suggestMirrors(input: MirrorInput): Suggestion[] {
  const page = parseWebUrl(input?.url);
  if (page === undefined) return [];
  page.hash = '';
  const failing = failingProvider(input);
  const onFailing = (host: string): boolean => failing !== undefined && frontedBy(input, host) === failing;
  const drafts: Draft[] = [
    ...ipfsDrafts(input, page, onFailing),
    ...ensDrafts(page),
    ...waybackDrafts(input, page),
    ...archiveTodayDrafts(input, page),
    ...mementoDrafts(input),
    ...onionDrafts(input, page),
  ];
  const name = failing === undefined ? '' : (input.providerName?.(failing) ?? failing);
  return drafts
    .filter((draft) => draft.host !== page.hostname)
    .map((draft) => place(draft, draft.kind !== 'onion' && onFailing(draft.host), name))
    .sort((a, b) => Number(a.sameProviderAsFailure) - Number(b.sameProviderAsFailure) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The provider whose own infrastructure is failing; an origin failure or a block leaves the provider up. */
function failingProvider(input: MirrorInput): string | undefined {
  const { provider, failure } = input.diagnosis ?? {};
  return typeof provider === 'string' && provider !== '' && (failure === 'edge' || failure === 'unknown') ? provider : undefined;
}

function frontedBy(input: MirrorInput, host: string): string | undefined {
  try {
    return input.frontedBy?.(host) ?? undefined;
  } catch {
    return undefined; // a lookup that throws knows nothing
  }
}

function place(draft: Draft, same: boolean, providerName: string): Suggestion {
  const { host: _host, ...rest } = draft;
  const suggestion: Suggestion = { ...rest, sameProviderAsFailure: same };
  if (same) {
    suggestion.warning = draft.warning === undefined ? phrase('mirrorWarnSameProvider', providerName) : phrase('mirrorWarnSameProviderAnd', providerName, draft.warning);
  }
  return suggestion;
}
