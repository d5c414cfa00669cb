import { describe, expect, it } from 'vitest';
import { hostLearner } from '../../src/background/host-learner';
import { learnMetaMirrors, type MetaAnnouncements } from '../../src/background/meta-mirrors';

function setup(announced: MetaAnnouncements | undefined, privateTab = false) {
  const hosts = hostLearner();
  const read: number[] = [];
  const deps = { hosts, now: () => 1_000, keeps: () => !privateTab, readTab: async (tabId: number) => (read.push(tabId), announced) };
  return { hosts, read, deps };
}

describe('learnMetaMirrors', () => {
  it("learns a loaded page's <meta http-equiv> x-ipfs-path for its host, keeping the provider known for it", async () => {
    const { hosts, deps } = setup({ ipfsPath: '/ipns/docs.ipfs.tech/' });
    hosts.learn('docs.ipfs.tech', { provider: 'fleek', failure: 'none', evidence: [] }, 500);
    expect(await learnMetaMirrors(deps, 7, 'https://docs.ipfs.tech/how-to/')).toBe(true);
    expect(hosts.get('docs.ipfs.tech')).toMatchObject({ provider: 'fleek', ipfsPath: '/ipns/docs.ipfs.tech/', seen: 1_000, announcedBy: 'https://docs.ipfs.tech/how-to/' });
    expect(hosts.takeChanged().map((record) => record.host)).toEqual(['docs.ipfs.tech']);
  });

  it('names the announcing page without its query or fragment', async () => {
    const { hosts, deps } = setup({ onionLocation: 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/' });
    expect(await learnMetaMirrors(deps, 7, 'https://news.example/story?token=s3cret#top')).toBe(true);
    expect(hosts.get('news.example')?.announcedBy).toBe('https://news.example/story');
  });

  it('learns nothing on a host many owners share: path-style buckets and IPFS path gateways', async () => {
    for (const url of ['https://s3.amazonaws.com/some-bucket/index.html', 'https://s3.eu-west-1.amazonaws.com/b/i.html', 'https://storage.googleapis.com/b/index.html', 'https://ipfs.io/ipns/en.wikipedia-on-ipfs.org/', 'https://gateway.example.net/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/']) {
      const { hosts, read, deps } = setup({ ipfsPath: '/ipns/someone-else.example/' });
      expect(await learnMetaMirrors(deps, 7, url)).toBe(false);
      expect(hosts.size()).toBe(0);
      expect(read).toEqual([]);
    }
  });

  it("keeps a private-browsing tab's announcement in memory only", async () => {
    const { hosts, deps } = setup({ ipfsPath: '/ipns/docs.ipfs.tech/' }, true);
    expect(await learnMetaMirrors(deps, 7, 'https://docs.ipfs.tech/')).toBe(true);
    expect(hosts.get('docs.ipfs.tech')?.ipfsPath).toBe('/ipns/docs.ipfs.tech/');
    expect(hosts.takeChanged()).toEqual([]);
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
