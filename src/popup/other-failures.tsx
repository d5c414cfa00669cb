// Every failure on the page, one group per provider, failures alike in one row with their count
// ("500 × image from d1q7….cloudfront.net — 504, gateway timeout"). Shown when there is more than the
// verdict's one; a few rows per provider, then how many more.
import { explainDiagnosis, type FailureGroup, type FailureRow } from '../core/explain';
import type { NoticeWhy } from '../core/notice';
import type { TabDiagnosis } from '../shared/messages';
import { t } from '../shared/i18n';
import { kindNoun } from './resource-kind';
import { say } from '../shared/say';

const WHY = {
  page: 'popupWhyPage',
  site: 'popupWhySite',
  'site-cdn': 'popupWhySiteCdn',
  breaks: 'popupWhyBreaks',
  incident: 'popupWhyIncident',
  setting: 'popupWhySetting',
  'other-site': 'popupWhyOtherSite',
  'not-outage': 'popupWhyNotOutage',
} as const satisfies Record<NoticeWhy, string>;

const ROWS_PER_GROUP = 3; // a page with hundreds of failing requests keeps the popup short

export function OtherFailures({ groups }: { groups: FailureGroup<TabDiagnosis>[] }) {
  if (groups.reduce((sum, group) => sum + group.count, 0) < 2) return null;
  return (
    <section class="others" aria-labelledby="others-title">
      <h3 id="others-title">{t('popupOtherFailures')}</h3>
      <Groups groups={groups} />
    </section>
  );
}

/** Other sites' requests that failed without counting: one line, opened on demand. */
export function OtherSites({ groups, count }: { groups: FailureGroup<TabDiagnosis>[]; count: number }) {
  if (count === 0) return null;
  return (
    <details class="others other-sites">
      <summary>{count === 1 ? t('popupOtherSitesOne') : t('popupOtherSites', count)}</summary>
      <Groups groups={groups} />
    </details>
  );
}

function Groups({ groups }: { groups: FailureGroup<TabDiagnosis>[] }) {
  return (
    <ul class="groups">
      {groups.map((group) => {
        const shown = group.rows.slice(0, ROWS_PER_GROUP);
        const hidden = group.count - shown.reduce((sum, row) => sum + row.count, 0);
        return (
          <li key={group.provider ?? ''} class="group">
            <p class="group-title">
              <strong>{group.name ?? t('popupNoProvider')}</strong>{' '}
              <span class="count">{group.count === 1 ? t('popupGroupCountOne') : t('popupGroupCount', group.count)}</span>
            </p>
            <ul>
              {shown.map((row) => (
                <FailureLine key={row.sample.id} row={row} />
              ))}
            </ul>
            {hidden > 0 && <p class="more">{hidden === 1 ? t('popupGroupMoreOne') : t('popupGroupMore', hidden)}</p>}
          </li>
        );
      })}
    </ul>
  );
}

function FailureLine({ row }: { row: FailureRow<TabDiagnosis> }) {
  const { sample } = row;
  const e = explainDiagnosis(sample.diagnosis, sample.host);
  const what = e.status !== undefined ? say(e.status.meaning) : e.networkError !== undefined ? e.networkError.name : '';
  return (
    <li class={`other failure-${sample.diagnosis.failure}`} title={sample.url}>
      <span class="other-host">{t('popupFailureRow', row.count, kindNoun(row.types), row.host)}</span>
      {what !== '' && <span class="other-what"> — {what}</span>}
      {e.code !== undefined && <code class="other-code"> {e.code}</code>}
      <span class="other-fault"> — {say(e.failure)}</span>
      {sample.notice !== undefined && <span class={`why ${sample.notice.counts ? 'counted' : 'not-counted'}`}> ({t(WHY[sample.notice.why])})</span>}
    </li>
  );
}
