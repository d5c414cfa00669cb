import { describe, expect, it } from 'vitest';
import { openWelcomeOnInstall, WELCOME_PATH } from '../../src/background/open-welcome-on-install';
import { fakeEvent } from './fake-api';

type InstalledDetails = chrome.runtime.InstalledDetails;

/** A runtime whose onInstalled the test fires, and tabs that keep what was opened. */
function setup({ createFails = false } = {}) {
  const onInstalled = fakeEvent<[InstalledDetails]>();
  const opened: string[] = [];
  const problems: unknown[] = [];
  const runtime = { onInstalled, getURL: (path: string) => `chrome-extension://detour-id/${path}` };
  const tabs = {
    async create({ url }: chrome.tabs.CreateProperties) {
      if (createFails) throw new Error('no window to open a tab in');
      opened.push(url ?? '');
      return {} as chrome.tabs.Tab;
    },
  };
  openWelcomeOnInstall({ runtime: runtime as unknown as typeof chrome.runtime, tabs: tabs as unknown as typeof chrome.tabs }, (error) => problems.push(error));
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  return { onInstalled, opened, problems, settle };
}

describe('openWelcomeOnInstall', () => {
  it('registers its listener at once (the event that woke the worker is delivered only to listeners of its first run)', () => {
    let registered = 0;
    const counting = { ...fakeEvent<[InstalledDetails]>(), addListener: () => void (registered += 1) };
    openWelcomeOnInstall({ runtime: { onInstalled: counting, getURL: String } as unknown as typeof chrome.runtime, tabs: { create: async () => ({}) } as unknown as typeof chrome.tabs }, () => {});
    expect(registered).toBe(1);
  });

  it('opens the welcome page in a tab on a first install', async () => {
    const { onInstalled, opened, problems, settle } = setup();
    onInstalled.dispatch({ reason: 'install' } as InstalledDetails);
    await settle();
    expect(opened).toEqual([`chrome-extension://detour-id/${WELCOME_PATH}`]);
    expect(problems).toEqual([]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    const { onInstalled, opened, settle } = setup();
    onInstalled.dispatch({ reason, previousVersion: '0.0.9' } as InstalledDetails);
    await settle();
    expect(opened).toEqual([]);
  });

  it('reports a tab it could not open instead of throwing out of the listener', async () => {
    const { onInstalled, opened, problems, settle } = setup({ createFails: true });
    onInstalled.dispatch({ reason: 'install' } as InstalledDetails);
    await settle();
    expect(opened).toEqual([]);
    expect(String(problems[0])).toMatch(/no window/);
  });
});
