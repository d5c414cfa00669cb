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
