import { describe, expect, it } from 'vitest';
import { pageReader, type PageText } from '../../src/background/read-page';
import { classify } from '../../src/core/classify';
import type { FailureRecord } from '../../src/store/schema';

const observation = {
  url: 'https://shop.example/', type: 'main_frame', tabId: 5, statusCode: 500, timeStamp: 1,
  responseHeaders: [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }],
};
const first = classify(observation);
const record: FailureRecord = { id: 'r@1', tabId: 5, pageId: '5-1', pageUrl: observation.url, url: observation.url, host: 'shop.example', type: 'main_frame', time: 1, provider: first.provider, failure: first.failure, diagnosis: first };

function reader(page: PageText | undefined) {
  const out: FailureRecord[] = [];
  const r = pageReader({ classify, readTab: async () => page, tabComplete: async () => false, onReclassified: (rec) => out.push(rec) });
  return { r, out };
}

describe('pageReader', () => {
  it('re-classifies a failed page with its text: a Cloudflare-marked 500 is the edge, same record id', async () => {
    expect(first.failure).toBe('origin'); // headers alone: a passed-through 500
    const { r, out } = reader({ href: 'https://shop.example/', title: 'shop.example | 500: Internal server error', text: 'Internal server error Error code 500 You Browser Working Frankfurt Cloudflare Error shop.example Host Working' });
    r.expect(record, observation);
    await r.loaded(5);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'r@1', provider: 'cloudflare', failure: 'edge' });
    await r.loaded(5); // read once
    expect(out).toHaveLength(1);
  });

  it('reads at once when the tab had already finished loading before the failure was seen', async () => {
    const out: FailureRecord[] = [];
    const r = pageReader({
      classify,
      readTab: async () => ({ href: 'https://shop.example/', title: 'x', text: 'Error code 500 You Browser Working Cloudflare Error shop.example Host Working' }),
      tabComplete: async () => true,
      onReclassified: (rec) => out.push(rec),
    });
    r.expect(record, observation);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(out.map((rec) => rec.failure)).toEqual(['edge']);
  });

  it('leaves the record alone when the tab shows another document or cannot be read', async () => {
    const other = reader({ href: 'https://elsewhere.example/', title: 'x', text: 'Cloudflare Error' });
    other.r.expect(record, observation);
    await other.r.loaded(5);
    expect(other.out).toEqual([]);
    const unreadable = reader(undefined);
    unreadable.r.expect(record, observation);
    await unreadable.r.loaded(5);
    expect(unreadable.out).toEqual([]);
  });
});
