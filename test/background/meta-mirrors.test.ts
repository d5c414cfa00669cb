import { describe, expect, it } from 'vitest';
import { hostLearner } from '../../src/background/host-learner';
import { learnMetaMirrors, type MetaAnnouncements } from '../../src/background/meta-mirrors';

function setup(announced: MetaAnnouncements | undefined) {
  const hosts = hostLearner();
  const read: number[] = [];
  const deps = { hosts, now: () => 1_000, readTab: async (tabId: number) => (read.push(tabId), announced) };
  return { hosts, read, deps };
}

describe('learnMetaMirrors', () => {
  it("learns a loaded page's <meta http-equiv> x-ipfs-path for its host, keeping the provider known for it", async () => {
    const { hosts, deps } = setup({ ipfsPath: '/ipns/docs.ipfs.tech/' });
    hosts.learn('docs.ipfs.tech', { provider: 'fleek', failure: 'none', evidence: [] }, 500);
    expect(await learnMetaMirrors(deps, 7, 'https://docs.ipfs.tech/how-to/')).toBe(true);
    expect(hosts.get('docs.ipfs.tech')).toMatchObject({ provider: 'fleek', ipfsPath: '/ipns/docs.ipfs.tech/', seen: 1_000 });
  });

  it('learns nothing from a page that announces nothing or something malformed', async () => {
    for (const announced of [undefined, {}, { ipfsPath: 'javascript:alert(1)', onionLocation: 'https://not-an-onion.example/' }]) {
      const { hosts, deps } = setup(announced);
      expect(await learnMetaMirrors(deps, 7, 'https://shop.example/')).toBe(false);
      expect(hosts.size()).toBe(0);
    }
  });

  it('does not ask pages that are not on the web', async () => {
    const { read, deps } = setup({ ipfsPath: '/ipns/x.example/' });
    expect(await learnMetaMirrors(deps, 7, 'chrome://newtab/')).toBe(false);
    expect(await learnMetaMirrors(deps, 7, 'about:blank')).toBe(false);
    expect(read).toEqual([]);
  });
});
