// The linter is what keeps src/core pure; check that it actually catches each kind of leak.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath = 'src/core/providers/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('src/core boundary', () => {
  it.each([
    "import browser from 'webextension-polyfill';",
    "import { openDB } from 'idb';",
    "import { h } from 'preact';",
    "import { useState } from 'preact/hooks';",
    "import { x } from '../../background/index';",
    "import { x } from '../store/schema';",
    "import type { x } from '../popup/app';",
    "import { x } from '../../options';",
    "import { x } from '../../net/archive';",
  ])('rejects %s', async (code) => {
    expect(await ruleIds(`${code}\nexport const y = x;`)).toContain('no-restricted-imports');
  });

  it.each(['chrome.runtime.id', 'browser.runtime.id', 'indexedDB.open("x")', 'fetch("/")', 'window.name', 'document.title',
    'new XMLHttpRequest()', 'localStorage.getItem("x")'])('rejects the global in %s', async (expression) => {
    expect(await ruleIds(`export const y = ${expression};`)).toContain('no-restricted-globals');
  });

  it('rejects reaching the same globals through globalThis', async () => {
    expect(await ruleIds('export const y = globalThis.chrome;')).toContain('no-restricted-properties');
  });

  it('allows pure code in core, and browser APIs outside core', async () => {
    expect(await ruleIds("import type { Observation } from './types';\nexport const now = (o: Observation) => o.timeStamp ?? Date.now();")).toEqual([]);
    expect(await ruleIds('export const id = chrome.runtime.id;', 'src/background/example.ts')).toEqual([]);
  });
});
