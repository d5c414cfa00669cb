import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../collector/db/group-commit';
import type { WriteBatch } from '../../collector/db/write-batch';
import { report } from './reports';

const from = (sender: string) => ({ sender, received: 1_000_200 });
const reportCount = (batch: WriteBatch): number => [...batch.counts.values()].reduce((sum, r) => sum + r.n, 0);

describe('group commit', () => {
  it('merges batches that arrive together into one write, one sender row per bucket and sender, and settles each after it', async () => {
    const writes: WriteBatch[] = [];
    const commits = createGroupCommit(async (batch) => {
      writes.push(batch);
    });
    const a = commits.add([report({ domain: 'b.com' }), report({ domain: 'b.com' })], from('x'));
    const b = commits.add([report({ domain: 'a.com' }), report({ domain: 'b.com' })], from('y'));
    expect(commits.pending()).toBe(4);
    await Promise.all([a, b]);
    expect(writes).toHaveLength(1);
    expect([...writes[0]!.counts.values()].map((r) => [r.values[6], r.n]).sort()).toEqual([
      ['a.com', 1],
      ['b.com', 3],
    ]);
    expect([...writes[0]!.senders.values()].map((row) => `${row[5]} ${row[6]}`).sort()).toEqual(['a.com y', 'b.com x', 'b.com y']);
    expect(writes[0]?.firstReceived).toBe(1_000_200);
    expect(commits.pending()).toBe(0);
  });

  it('records the first receive window only until it is committed', async () => {
    const writes: WriteBatch[] = [];
    const commits = createGroupCommit(async (batch) => {
      writes.push(batch);
    });
    await commits.add([report()], from('x'));
    await commits.add([report()], { sender: 'x', received: 2_000_100 });
    expect(writes.map((w) => w.firstReceived)).toEqual([1_000_200, undefined]);
  });

  it('rejects every batch of a failed write, and goes on with the next ones', async () => {
    let fail = true;
    const stored: WriteBatch[] = [];
    const commits = createGroupCommit(async (batch) => {
      if (fail) throw new Error('disk full');
      stored.push(batch);
    });
    const lost = [commits.add([report()], from('x')), commits.add([report()], from('y'))];
    const results = await Promise.allSettled(lost);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await commits.add([report()], from('z'));
    expect(stored.map(reportCount)).toEqual([1]);
    expect(stored[0]?.firstReceived).toBe(1_000_200); // the failed write did not record the start
  });

  it('takes batches that arrive during a write into the next one', async () => {
    const sizes: number[] = [];
    let release = (): void => undefined;
    const commits = createGroupCommit(async (batch) => {
      sizes.push(reportCount(batch));
      if (sizes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = commits.add([report()], from('x'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const later = [commits.add([report()], from('x')), commits.add([report(), report()], from('y'))];
    release();
    await Promise.all([first, ...later]);
    expect(sizes).toEqual([1, 3]);
  });
});
