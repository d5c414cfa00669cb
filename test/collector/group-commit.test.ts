import { describe, expect, it } from 'vitest';
import type { CountRow } from '../../collector/db/count-rows';
import { createGroupCommit } from '../../collector/db/group-commit';
import { report } from './reports';

describe('group commit', () => {
  it('merges batches that arrive together into one sorted write, and settles each after it', async () => {
    const writes: CountRow[][] = [];
    const commits = createGroupCommit(async (rows) => {
      writes.push([...rows]);
    });
    const a = commits.add([report({ domain: 'b.com' }), report({ domain: 'b.com' })]);
    const b = commits.add([report({ domain: 'a.com' })]);
    expect(commits.pending()).toBe(3);
    await Promise.all([a, b]);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.map((r) => [r.values[6], r.n])).toEqual([
      ['a.com', 1],
      ['b.com', 2],
    ]);
    expect(commits.pending()).toBe(0);
  });

  it('rejects every batch of a failed write, and goes on with the next ones', async () => {
    let fail = true;
    const stored: CountRow[] = [];
    const commits = createGroupCommit(async (rows) => {
      if (fail) throw new Error('disk full');
      stored.push(...rows);
    });
    const lost = [commits.add([report()]), commits.add([report()])];
    const results = await Promise.allSettled(lost);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await commits.add([report()]);
    expect(stored.map((r) => r.n)).toEqual([1]);
  });

  it('takes batches that arrive during a write into the next one', async () => {
    const sizes: number[] = [];
    let release = (): void => undefined;
    const commits = createGroupCommit(async (rows) => {
      sizes.push(rows.reduce((sum, r) => sum + r.n, 0));
      if (sizes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = commits.add([report()]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const later = [commits.add([report()]), commits.add([report(), report()])];
    release();
    await Promise.all([first, ...later]);
    expect(sizes).toEqual([1, 3]);
  });
});
