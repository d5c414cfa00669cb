import { describe, expect, it } from 'vitest';
import { addGateway, moveGateway, removeGateway } from '../../src/options/gateway-list';
import { repairGateways } from '../../src/shared/mirror-settings';

const LIST = ['https://a.example', 'https://b.example', 'https://c.example'];

describe('the gateway list', () => {
  it('adds a gateway at the end as its origin', () => {
    expect(addGateway(LIST, ' https://D.example/ ')).toEqual({ list: [...LIST, 'https://d.example'], origin: 'https://d.example' });
    expect(addGateway([], 'https://gw.example:8443')).toEqual({ list: ['https://gw.example:8443'], origin: 'https://gw.example:8443' });
  });

  it('refuses what is not an https origin, a duplicate, an empty field and a full list', () => {
    expect(addGateway(LIST, '')).toEqual({ reason: 'empty' });
    expect(addGateway(LIST, '   ')).toEqual({ reason: 'empty' });
    expect(addGateway(LIST, 'http://d.example')).toEqual({ reason: 'not-https' });
    expect(addGateway(LIST, 'javascript:alert(1)')).toEqual({ reason: 'not-https' });
    expect(addGateway(LIST, 'd.example')).toEqual({ reason: 'not-url' });
    expect(addGateway(LIST, 'https://d.example/ipfs/')).toEqual({ reason: 'not-origin' });
    expect(addGateway(LIST, 'https://u:p@d.example')).toEqual({ reason: 'credentials' });
    expect(addGateway(LIST, 'https://B.example/')).toEqual({ reason: 'duplicate', origin: 'https://b.example' });
    const full = Array.from({ length: 30 }, (_, i) => `https://gw${i}.example`);
    expect(addGateway(full, 'https://one-more.example')).toEqual({ reason: 'full' });
  });

  it('never changes the list it was given', () => {
    const list = [...LIST];
    addGateway(list, 'https://d.example');
    removeGateway(list, 0);
    moveGateway(list, 0, 1);
    expect(list).toEqual(LIST);
  });

  it('removes by position', () => {
    expect(removeGateway(LIST, 1)).toEqual(['https://a.example', 'https://c.example']);
    expect(removeGateway(LIST, 5)).toEqual(LIST);
    expect(removeGateway(['https://a.example'], 0)).toEqual([]);
  });

  it('moves up and down, and stays put at either end', () => {
    expect(moveGateway(LIST, 1, -1)).toEqual(['https://b.example', 'https://a.example', 'https://c.example']);
    expect(moveGateway(LIST, 1, 1)).toEqual(['https://a.example', 'https://c.example', 'https://b.example']);
    expect(moveGateway(LIST, 0, -1)).toEqual(LIST);
    expect(moveGateway(LIST, 2, 1)).toEqual(LIST);
    expect(moveGateway(LIST, -1, 1)).toEqual(LIST);
  });

  it('only ever builds a list the settings keep as it is', () => {
    let list: string[] = [];
    const inputs = ['https://x.example/', 'http://bad.example', 'https://Y.example', 'https://x.example', 'https://z.example:444'];
    for (const input of inputs) {
      const added = addGateway(list, input);
      if ('list' in added) list = added.list;
    }
    list = moveGateway(list, 2, -1);
    expect(list).toEqual(['https://x.example', 'https://z.example:444', 'https://y.example']);
    expect(repairGateways(list)).toEqual({ gateways: list, problems: [] });
  });
});
