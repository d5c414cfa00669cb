// Every UI string goes through here: `t('popupRetry')`. Messages live in src/locales/en/<part>.json, merged
// into _locales/en/messages.json by the build; `$1`…`$9` in a message are replaced by the substitutions.
// Outside an extension (unit tests) the English files are read directly, so components render real text.
import type base from '../locales/en/base.json';
import type history from '../locales/en/history.json';
import type mirrors from '../locales/en/mirrors.json';
import type net from '../locales/en/net.json';
import type options from '../locales/en/options.json';
import type store from '../locales/en/store.json';
import type outage from '../locales/en/outage.json';
import type popup from '../locales/en/popup.json';
import type settings from '../locales/en/settings.json';
import type sharing from '../locales/en/sharing.json';
import type welcome from '../locales/en/welcome.json';

export type MessageKey =
  | keyof typeof base
  | keyof typeof popup
  | keyof typeof history
  | keyof typeof options
  | keyof typeof mirrors
  | keyof typeof outage
  | keyof typeof store
  | keyof typeof settings
  | keyof typeof sharing
  | keyof typeof net
  | keyof typeof welcome;

type GetMessage = (key: string, substitutions?: string[]) => string;
type Catalog = Record<string, { message: string }>;

let getMessage: GetMessage | undefined;

function browserGetMessage(): GetMessage | undefined {
  const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const i18n = (scope.browser ?? scope.chrome)?.i18n;
  return i18n?.getMessage ? (key, subs) => i18n.getMessage(key, subs) : undefined;
}

/** The browser's UI language (for Intl formats that match the words), or undefined for the runtime's default. */
export function uiLanguage(): string | undefined {
  const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const i18n = (scope.browser ?? scope.chrome)?.i18n;
  return typeof i18n?.getUILanguage === 'function' ? i18n.getUILanguage() : undefined;
}

/** For tests and tools outside the browser: answer from these catalogs instead. */
export function useCatalogs(...catalogs: Catalog[]): void {
  const merged: Catalog = Object.assign({}, ...catalogs);
  getMessage = (key, subs = []) => {
    const message = merged[key]?.message;
    return message === undefined ? '' : message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

/** The message in the browser's language; a missing one shows as its key, so it is seen and fixed. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  getMessage ??= browserGetMessage();
  const text = getMessage?.(key, substitutions.map(String)) ?? '';
  return text === '' ? key : text;
}
