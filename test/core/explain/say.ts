// Renders a phrase the way the popup does, from the English catalog, so tests read real sentences.
import popup from '../../../src/locales/en/popup.json';
import { isPhrase, type Phrase, type Sub } from '../../../src/core/explain';

const catalog = popup as Record<string, { message: string }>;

export function say(value: Sub): string {
  if (!isPhrase(value)) return String(value);
  const message = catalog[value.key]?.message;
  if (message === undefined) throw new Error(`no message ${value.key} in popup.json`);
  return message.replace(/\$([1-9])/g, (_, n: string) => {
    const sub = value.subs[Number(n) - 1];
    if (sub === undefined) throw new Error(`${value.key} uses $${n} but has ${value.subs.length} substitutions`);
    return say(sub);
  });
}

export type { Phrase };
