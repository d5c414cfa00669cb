// The popup's main view: the verdict for the page's main failure, the page's other failures by
// provider, what to do, and the mirrors (asked for after the verdict is on screen).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { explainDiagnosis, failingSince, groupFailures, leadingFailures, pageForReport, pickMainFailure, reportLines, timesOf, type ReportFacts } from '../core/explain';
import { extensionApi } from '../shared/extension-api';
import type { TabDiagnosis } from '../shared/messages';
import { t } from '../shared/i18n';
import { say } from '../shared/say';
import { MirrorList } from './mirror-list';
import { OtherFailures, OtherSites } from './other-failures';
import { PageActions } from './page-actions';
import { useMirrors } from './use-mirrors';
import { Verdict } from './verdict';
import type { ComponentType } from 'preact';

// After the verdict: it reads the settings and asks the collector, neither of which the headline needs.
const loadCommunityReports = () => import('./community-reports').then((module) => module.CommunityReports);

interface Props {
  tabId: number | undefined;
  pageUrl: string;
  entries: TabDiagnosis[];
  /** The status line of the headline's provider (or of an open incident), shown quietly below the headline. */
  status?: string;
}

export function MainView({ tabId, pageUrl, entries, status }: Props) {
  // The page's own failures and its site's lead; other sites' noise is listed, collapsed, underneath.
  const { lead, otherSites } = useMemo(() => leadingFailures(entries), [entries]);
  const otherCount = useMemo(() => otherSites.reduce((sum, entry) => sum + timesOf(entry), 0), [otherSites]);
  const main = useMemo(() => pickMainFailure(lead), [lead]);
  // When only a part of the page failed, the headline names the page's host as the site.
  const explained = useMemo(
    () => (main === undefined ? undefined : explainDiagnosis(main.diagnosis, main.host, main.type === 'main_frame' ? undefined : hostOf(pageUrl))),
    [main, pageUrl],
  );
  const groups = useMemo(() => groupFailures(lead), [lead]);
  const noise = useMemo(() => groupFailures(otherSites), [otherSites]);
  const statusLine = status !== undefined && <p class="provider-status quiet">{status}</p>;
  // The page's own failure asks for mirrors at once. When only parts of it failed, the page's address goes
  // to archives and resolvers only if the person asks (the background knows the tab's page).
  const pageFailed = main?.type === 'main_frame';
  const [wanted, setWanted] = useState(false);
  const CommunityReports = useLater(loadCommunityReports);
  const [exact, setExact] = useState(false);
  const mirrors = useMirrors(main !== undefined && (pageFailed || wanted) ? tabId : undefined, pageFailed ? main?.url : '', exact);
  if (main === undefined || explained === undefined) {
    const n = otherCount;
    return (
      <>
        <h2 id="verdict" class="all-well">
          {n === 0 ? t('popupNoFailures') : n === 1 ? t('popupLoadedWithNoiseOne') : t('popupLoadedWithNoise', n)}
        </h2>
        {statusLine}
        <PageActions tabId={tabId} report={undefined} />
        <OtherSites groups={noise} count={n} />
      </>
    );
  }
  const report = reportText({ page: pageForReport(main.url), explained, time: main.timeStamp, version: version() });
  return (
    <>
      <Verdict entry={main} explained={explained} since={failingSince(entries, main)} />
      {statusLine}
      {CommunityReports !== undefined && <CommunityReports entries={entries} />}
      <PageActions tabId={tabId} report={report} />
      {mirrors.kind === 'idle' && !pageFailed && tabId !== undefined && (
        <p>
          <button type="button" id="find-mirrors" onClick={() => setWanted(true)}>
            {t('popupMirrorsFind')}
          </button>
        </p>
      )}
      <MirrorList state={mirrors} onExact={() => setExact(true)} />
      <OtherFailures groups={groups} />
      <OtherSites groups={noise} count={otherCount} />
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

// A part of the popup the verdict does not need, imported once the first render is done: its modules
// (and what they pull in: settings, the collector's words) stay out of the scripts the verdict waits for.

export function useLater<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | undefined {
  const [component, setComponent] = useState<{ it: ComponentType<P> } | undefined>();
  useEffect(() => {
    let current = true;
    load().then(
      (it) => current && setComponent({ it }),
      () => undefined, // a part that fails to load is left out; the verdict stays
    );
    return () => {
      current = false;
    };
  }, []); // once per mount: callers pass a module-level function
  return component?.it;
}

/** The copied report as plain text: the explain core's lines, labelled in the person's language. */
export function reportText(facts: ReportFacts): string {
  return [t('popupReportTitle'), ...reportLines(facts).map(([label, value]) => `${t(label)}: ${say(value)}`)].join('\n');
}
