// The popup's main view: the verdict for the page's main failure, the page's other failures by
// provider, what to do, and the mirrors (asked for after the verdict is on screen).
import { useMemo, useState } from 'preact/hooks';
import { explainDiagnosis, failingSince, groupFailures, pageForReport, pickMainFailure } from '../core/explain';
import { extensionApi } from '../shared/extension-api';
import type { TabDiagnosis } from '../shared/messages';
import { t } from '../shared/i18n';
import { MirrorList } from './mirror-list';
import { OtherFailures } from './other-failures';
import { PageActions } from './page-actions';
import { reportText } from './report-text';
import { useLater } from './use-later';
import { useMirrors } from './use-mirrors';
import { Verdict } from './verdict';

// After the verdict: it reads the settings and asks the collector, neither of which the headline needs.
const loadCommunityReports = () => import('./community-reports').then((module) => module.CommunityReports);

export function MainView({ tabId, pageUrl, entries }: { tabId: number | undefined; pageUrl: string; entries: TabDiagnosis[] }) {
  const main = useMemo(() => pickMainFailure(entries), [entries]);
  // When only a part of the page failed, the headline names the page's host as the site (issue 4's review).
  const explained = useMemo(
    () => (main === undefined ? undefined : explainDiagnosis(main.diagnosis, main.host, main.type === 'main_frame' ? undefined : hostOf(pageUrl))),
    [main, pageUrl],
  );
  const groups = useMemo(() => groupFailures(entries), [entries]);
  // The page's own failure asks for mirrors at once. When only parts of it failed, the page's address goes
  // to archives and resolvers only if the person asks (the background knows the tab's page).
  const pageFailed = main?.type === 'main_frame';
  const [wanted, setWanted] = useState(false);
  const CommunityReports = useLater(loadCommunityReports);
  const mirrors = useMirrors(main !== undefined && (pageFailed || wanted) ? tabId : undefined, pageFailed ? main?.url : '');
  if (main === undefined || explained === undefined) {
    return (
      <>
        <h2 id="verdict" class="all-well">
          {t('popupNoFailures')}
        </h2>
        <PageActions tabId={tabId} report={undefined} />
      </>
    );
  }
  const report = reportText({ page: pageForReport(main.url), explained, time: main.timeStamp, version: version() });
  return (
    <>
      <Verdict entry={main} explained={explained} since={failingSince(entries, main)} />
      {CommunityReports !== undefined && <CommunityReports entries={entries} />}
      <PageActions tabId={tabId} report={report} />
      {mirrors.kind === 'idle' && !pageFailed && tabId !== undefined && (
        <p>
          <button type="button" id="find-mirrors" onClick={() => setWanted(true)}>
            {t('popupMirrorsFind')}
          </button>
        </p>
      )}
      <MirrorList state={mirrors} />
      <OtherFailures groups={groups} />
    </>
  );
}

function version(): string {
  try {
    return extensionApi().runtime.getManifest().version;
  } catch {
    return '?';
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}
