// The DNSLink content path the resolvers agree on. A value that is not a valid /ipfs/ or /ipns/ path
// (javascript:, a URL, a malformed CID) counts as no answer from that resolver.
import { parseDnslinkTxt, type ContentPath } from './content-path';
import type { DnslinkAnswer } from './types';

export interface PickedDnslink {
  content: ContentPath;
  resolvers: string[]; // the resolvers that gave this value
  disagreement: boolean; // another resolver gave a different valid value
  checkedAt?: number; // the oldest of the agreeing answers, when they say
}

export function pickDnslink(answers: readonly DnslinkAnswer[] | undefined): PickedDnslink | undefined {
  const list: readonly DnslinkAnswer[] | undefined = answers;
  if (!Array.isArray(list)) return undefined;
  const votes = new Map<string, { content: ContentPath; resolvers: string[]; checkedAt?: number }>();
  for (const answer of (list as readonly DnslinkAnswer[]).slice(0, 16)) {
    const txt: readonly unknown[] | undefined = answer?.txt;
    if (!Array.isArray(txt)) continue;
    // Several TXT strings may exist; DNSLink takes the first dnslink= one.
    const content = txt.slice(0, 64).map(parseDnslinkTxt).find((value) => value !== undefined);
    if (content === undefined) continue;
    const key = `/${content.namespace}/${content.root}${content.rest}`;
    const vote = votes.get(key) ?? { content, resolvers: [] };
    vote.resolvers.push(String(answer.resolver).slice(0, 80));
    const at = answer.checkedAt;
    if (typeof at === 'number' && Number.isFinite(at)) vote.checkedAt = Math.min(vote.checkedAt ?? at, at);
    votes.set(key, vote);
  }
  let best: { content: ContentPath; resolvers: string[]; checkedAt?: number } | undefined;
  for (const vote of votes.values()) if (best === undefined || vote.resolvers.length > best.resolvers.length) best = vote;
  return best === undefined ? undefined : { ...best, disagreement: votes.size > 1 };
}
