// What the badge and the popup need to tell a tab's noticeable failures from other sites' noise
// (core/notice.ts): the page's host, the provider serving it, the providers with an open incident, and the
// person's setting.
import { readHost } from '../core/context';
import type { NoticeContext } from '../core/notice';
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
