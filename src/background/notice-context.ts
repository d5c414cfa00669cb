// What the badge and the popup need to tell a tab's noticeable failures from other sites' noise
// (core/notice.ts): the page's host, the provider serving it, the providers with an open incident, and the
// person's setting.
import { readHost } from '../core/context';
import { leadingFailures, pickMainFailure } from '../core/explain';
import { noticeOf, type NoticeContext } from '../core/notice';
import type { TabDiagnosis } from '../shared/messages';
import type { HostLearner } from './host-learner';
import type { TabPage } from './tab-pages';

export interface NoticeSources {
  hosts: Pick<HostLearner, 'get'>;
  incidents(): ReadonlySet<string>;
  countOtherSites(): boolean;
}

export function noticeContext(tab: Pick<TabPage, 'page' | 'entries'> | undefined, sources: NoticeSources): NoticeContext {
  const pageHost = tab === undefined ? '' : readHost(tab.page.url);
  // The provider serving the page: its own failing answer says so; else what its healthy answer taught.
  const failedPage = tab?.entries.find((entry) => entry.type === 'main_frame' && entry.host === pageHost);
  const pageProvider = failedPage?.diagnosis.provider ?? sources.hosts.get(pageHost)?.provider;
  return { pageHost, pageProvider, incidents: sources.incidents(), countOtherSites: sources.countOtherSites() };
}

/** Each entry with what notice.ts says of it: as the popup receives them. */
export function withNotices(entries: readonly TabDiagnosis[], context: NoticeContext): TabDiagnosis[] {
  return entries.map((entry) => ({ ...entry, notice: noticeOf(entry, context) }));
}

/** The failure the popup headlines for a tab (the page's own, then its site's), if any. */
export function tabHeadline(tab: Pick<TabPage, 'page' | 'entries'> | undefined, sources: NoticeSources): TabDiagnosis | undefined {
  if (tab === undefined) return undefined;
  return pickMainFailure(leadingFailures(withNotices(tab.entries, noticeContext(tab, sources))).lead);
}
