import { describe, expect, it } from 'vitest';
import { privateTabs } from '../../src/background/private-tabs';

function browserTabs(open: { id: number; incognito: boolean }[]) {
  const asked: number[] = [];
  return {
    asked,
    tabs: {
      query: async () => open,
      get: async (tabId: number) => {
        asked.push(tabId);
        const tab = open.find((t) => t.id === tabId);
        if (tab === undefined) throw new Error(`No tab with id: ${tabId}.`);
        return tab;
      },
    },
  };
}

describe('privateTabs', () => {
  it('knows the tabs open at start, and tabs noted later, without asking the browser', async () => {
    const { tabs, asked } = browserTabs([{ id: 1, incognito: false }, { id: 2, incognito: true }]);
    const privacy = privateTabs(tabs);
    expect(await privacy.isPrivate(1)).toBe(false);
    expect(await privacy.isPrivate(2)).toBe(true);
    privacy.note(5, true);
    expect(privacy.known(5)).toBe(true);
    expect(await privacy.isPrivate(5)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks the browser about a tab it has not seen, and remembers the answer', async () => {
    const open = [{ id: 1, incognito: false }];
    const { tabs, asked } = browserTabs(open);
    const privacy = privateTabs(tabs);
    await privacy.isPrivate(1);
    open.push({ id: 8, incognito: true });
    expect(privacy.known(8)).toBeUndefined();
    expect(await privacy.isPrivate(8)).toBe(true);
    expect(privacy.known(8)).toBe(true);
    expect(asked).toEqual([8]);
  });

  it('treats a tab it cannot ask about (closed) as private: keeping too little is the safe mistake', async () => {
    const { tabs } = browserTabs([]);
    const privacy = privateTabs(tabs);
    expect(await privacy.isPrivate(42)).toBe(true);
    privacy.note(43, false);
    privacy.forget(43);
    expect(privacy.known(43)).toBeUndefined();
  });
});
