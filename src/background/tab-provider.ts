// The provider behind a tab's failures, for its status line: the one with the most edge or origin failures.
import type { TabPage } from './tab-pages';

export function tabProvider(tab: Pick<TabPage, 'entries'> | undefined): { provider: string; pop?: string } | undefined {
  const counts = new Map<string, { n: number; pop?: string }>();
  for (const { diagnosis } of tab?.entries ?? []) {
    if (diagnosis.provider === null || (diagnosis.failure !== 'edge' && diagnosis.failure !== 'origin')) continue;
    const entry = counts.get(diagnosis.provider) ?? { n: 0 };
    entry.n += diagnosis.failure === 'edge' ? 2 : 1; // an edge failure is the provider's own: it weighs more
    entry.pop ??= diagnosis.pop;
    counts.set(diagnosis.provider, entry);
  }
  let best: { provider: string; pop?: string } | undefined;
  let most = 0;
  for (const [provider, { n, pop }] of counts) {
    if (n <= most) continue;
    most = n;
    best = pop === undefined ? { provider } : { provider, pop };
  }
  return best;
}
