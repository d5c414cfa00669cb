// The page's other failures, one group per provider, each failure in a line of its own.
import { explainDiagnosis, type ProviderGroup } from '../core/explain';
import type { TabDiagnosis } from '../shared/messages';
import { t } from '../shared/i18n';
import { whereFailed } from './resource-kind';
import { say } from '../shared/say';

const SHOWN_PER_GROUP = 5; // a page with hundreds of failing images keeps the popup short

export function OtherFailures({ groups }: { groups: ProviderGroup<TabDiagnosis>[] }) {
  if (groups.length === 0) return null;
  return (
    <section class="others" aria-labelledby="others-title">
      <h3 id="others-title">{t('popupOtherFailures')}</h3>
      <ul class="groups">
        {groups.map((group) => (
          <li key={group.provider ?? ''} class="group">
            <p class="group-title">
              <strong>{group.name ?? t('popupNoProvider')}</strong>{' '}
              <span class="count">{group.entries.length === 1 ? t('popupGroupCountOne') : t('popupGroupCount', group.entries.length)}</span>
            </p>
            <ul>
              {group.entries.slice(0, SHOWN_PER_GROUP).map((entry) => (
                <OtherFailure key={entry.id} entry={entry} />
              ))}
            </ul>
            {group.entries.length > SHOWN_PER_GROUP && <p class="more">{t('popupGroupMore', group.entries.length - SHOWN_PER_GROUP)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OtherFailure({ entry }: { entry: TabDiagnosis }) {
  const e = explainDiagnosis(entry.diagnosis, entry.host);
  const what = e.status !== undefined ? say(e.status.meaning) : e.networkError !== undefined ? e.networkError.name : '';
  return (
    <li class={`other failure-${entry.diagnosis.failure}`} title={entry.url}>
      <span class="other-host">{whereFailed(entry.host, entry.type)}</span>
      {what !== '' && <span class="other-what"> — {what}</span>}
      {e.code !== undefined && <code class="other-code"> {e.code}</code>}
      <span class="other-fault"> — {say(e.failure)}</span>
    </li>
  );
}
