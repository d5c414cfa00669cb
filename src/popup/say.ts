// Renders the explain core's phrases with t(): a phrase's substitutions may be phrases themselves.
import { isPhrase, type Sub } from '../core/explain';
import { t } from '../shared/i18n';

export function say(value: Sub): string {
  if (!isPhrase(value)) return String(value);
  return t(value.key, ...value.subs.map(say));
}
