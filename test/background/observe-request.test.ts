import { describe, expect, it } from 'vitest';
import { observeRequest } from '../../src/background/observe-request';
import { tabDiagnoses } from '../../src/background/tab-diagnoses';
import type { Diagnosis, Observation } from '../../src/core/types';

// A stand-in classifier keyed by status, so these tests pin the glue, not the classifier.
function fakeClassify({ statusCode }: Observation): Diagnosis {
  if (statusCode === 522) return { provider: 'cloudflare', failure: 'origin', status: 522, evidence: ['status 522'] };
  return { provider: 'cloudflare', failure: 'none', status: statusCode, evidence: [] };
}

function setup() {
  const tabs = tabDiagnoses();
  const changed: number[] = [];
  const observe = observeRequest({ classify: fakeClassify, tabs, onTabChanged: (tabId) => changed.push(tabId) });
  return { tabs, changed, observe };
}

describe('observeRequest', () => {
  it('records failures per tab and reports the change', () => {
    const { tabs, changed, observe } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 7, statusCode: 522, timeStamp: 1 });
    expect(tabs.list(7)).toEqual([
      expect.objectContaining({ host: 'shop.example', type: 'main_frame', diagnosis: expect.objectContaining({ failure: 'origin' }) }),
    ]);
    expect(changed).toEqual([7]);
  });

  it('does not list healthy responses, and a new page resets the tab', () => {
    const { tabs, changed, observe } = setup();
    observe({ url: 'https://shop.example/a.js', type: 'script', tabId: 3, statusCode: 522 });
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 3, statusCode: 200 });
    observe({ url: 'https://shop.example/b.css', type: 'stylesheet', tabId: 3, statusCode: 200 });
    expect(tabs.list(3)).toEqual([]);
    expect(changed).toEqual([3, 3]);
  });

  it('ignores requests that belong to no tab', () => {
    const { tabs, changed, observe } = setup();
    observe({ url: 'https://shop.example/', type: 'xmlhttprequest', tabId: -1, statusCode: 522 });
    expect(tabs.list(-1)).toEqual([]);
    expect(changed).toEqual([]);
  });
});
