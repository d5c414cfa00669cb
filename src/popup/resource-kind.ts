// A webRequest resource type in words: 'cdn.example (a script)'.
import { t, type MessageKey } from '../shared/i18n';

const KINDS: Readonly<Record<string, MessageKey>> = {
  sub_frame: 'popupTypeSubFrame', script: 'popupTypeScript', image: 'popupTypeImage', imageset: 'popupTypeImage',
  stylesheet: 'popupTypeStylesheet', font: 'popupTypeFont', xmlhttprequest: 'popupTypeXhr', media: 'popupTypeMedia',
};

/** Where a request failed: the host, and what it was unless it was the page itself. */
export function whereFailed(host: string, type: string | undefined): string {
  if (type === undefined || type === 'main_frame') return t('popupWherePage', host);
  return t('popupWhereResource', host, t(Object.hasOwn(KINDS, type) ? (KINDS[type] as MessageKey) : 'popupTypeOther'));
}

const NOUNS: Readonly<Record<string, MessageKey>> = {
  main_frame: 'popupKindPage', sub_frame: 'popupKindSubFrame', script: 'popupKindScript', image: 'popupKindImage', imageset: 'popupKindImage',
  stylesheet: 'popupKindStylesheet', font: 'popupKindFont', xmlhttprequest: 'popupKindXhr', media: 'popupKindMedia',
};

/** What a row of failures was, after its count: "500 × image", "70 × script or image"; "request" beyond two kinds. */
export function kindNoun(types: readonly string[]): string {
  const noun = (type: string) => t(Object.hasOwn(NOUNS, type) ? (NOUNS[type] as MessageKey) : 'popupKindRequest');
  if (types.length === 1) return noun(types[0] as string);
  if (types.length === 2) return t('popupKindEither', noun(types[0] as string), noun(types[1] as string));
  return t('popupKindRequest');
}
