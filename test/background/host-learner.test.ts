import { describe, expect, it } from 'vitest';
import { hostLearner } from '../../src/background/host-learner';
import type { Diagnosis } from '../../src/core/types';
import type { HostRecord } from '../../src/store/schema';

const served = (provider: string): Diagnosis => ({ provider, failure: 'none', evidence: [] });

describe('hostLearner', () => {
  it("knows again what an earlier worker wrote, without writing it again, and what it learns since wins", () => {
    const hosts = hostLearner();
    hosts.learn('new.example', served('fastly'), 5_000);
    const stored: HostRecord[] = [
      { host: 'shop.example', provider: 'cloudflare', via: ['cloudflare'], seen: 1_000 },
      { host: 'new.example', provider: 'cloudflare', seen: 900 },
    ];
    hosts.restore(stored);
    expect(hosts.servedBy('shop.example')).toEqual(['cloudflare']);
    expect(hosts.servedBy('new.example')).toEqual(['fastly']);
    expect(hosts.takeChanged().map((record) => record.host)).toEqual(['new.example']);
  });

  it('restores at most its bound, newest first', () => {
    const hosts = hostLearner();
    const many = Array.from({ length: 20_005 }, (_, i): HostRecord => ({ host: `h${i}.example`, provider: 'fastly', seen: i }));
    hosts.restore(many);
    expect(hosts.size()).toBe(20_000);
    expect(hosts.get('h0.example')).toBeUndefined();
    expect(hosts.get('h20004.example')?.seen).toBe(20_004);
  });
});
