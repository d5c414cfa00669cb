// What a failed request was, in words: after its host in the verdict, after its count in the list.
import { beforeAll, describe, expect, it } from 'vitest';
import popup from '../../src/locales/en/popup.json';
import { kindNoun, whereFailed } from '../../src/popup/resource-kind';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(popup));

describe('resource kinds', () => {
  it('a row of alike failures: one kind, two kinds, more or unknown', () => {
    expect([kindNoun(['image']), kindNoun(['script', 'image']), kindNoun(['script', 'image', 'font']), kindNoun([]), kindNoun(['ping']), kindNoun(['toString'])]).toEqual([
      'image', 'script or image', 'request', 'request', 'request', 'request',
    ]);
  });

  it('a single failed request after its host', () => {
    expect([whereFailed('shop.example', 'main_frame'), whereFailed('img.example', 'image'), whereFailed('x.example', 'beacon')]).toEqual([
      'shop.example (the page itself)', 'img.example (an image)', 'x.example (another resource)',
    ]);
  });
});
