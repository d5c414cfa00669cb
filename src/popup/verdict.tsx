// The page's main failure: the headline, then the facts a person (or the site's support) needs.
// Every page- or server-controlled string (host, code, request id, evidence) is rendered as text.
import type { Explained } from '../core/explain';
import type { TabDiagnosis } from '../shared/messages';
import { t } from '../shared/i18n';
import { CopyButton } from './copy-button';
import { whereFailed } from './resource-kind';
import { say } from '../shared/say';

interface Props {
  entry: TabDiagnosis;
  explained: Explained;
  since: number;
}

export function Verdict({ entry, explained: e, since }: Props) {
  return (
    <section class={`verdict failure-${entry.diagnosis.failure}`} aria-labelledby="verdict">
      <h2 id="verdict">{say(e.headline)}</h2>
      <p class="fault">{say(e.failure)}</p>
      <dl aria-label={t('popupDetails')}>
        <Fact label={t('popupProviderLabel')} value={e.provider ?? t('popupNoProvider')} />
        {e.service !== undefined && <Fact label={t('popupServiceLabel')} value={e.service} />}
        {e.via !== undefined && <Fact label={t('popupViaLabel')} value={e.via.join(' → ')} />}
        {e.status !== undefined && <Fact label={t('popupStatusLabel')} value={say(e.status.meaning)} />}
        {e.networkError !== undefined && <Fact label={t('popupNetworkErrorLabel')} value={t('popupNetworkErrorValue', e.networkError.name, say(e.networkError.meaning))} />}
        {e.code !== undefined && <Fact label={t('popupCodeLabel')} value={e.code} mono />}
        {e.pop !== undefined && <Fact label={t('popupPopLabel')} value={e.pop} mono />}
        {e.requestId !== undefined && (
          <>
            <dt>{t('popupRequestIdLabel')}</dt>
            <dd class="request-id">
              <code>{e.requestId}</code> <CopyButton id="copy-request-id" text={e.requestId} label={t('popupCopy')} name={t('popupCopyRequestId')} />
            </dd>
          </>
        )}
        <Fact label={t('popupSinceLabel')} value={formatTime(since)} />
        <dt>{t('popupWhereLabel')}</dt>
        <dd class="where" title={entry.url}>
          {breakAfterDots(whereFailed(entry.host, entry.type))}
        </dd>
      </dl>
      {e.evidence.length > 0 && (
        <details class="evidence">
          <summary>{t('popupEvidenceLabel')}</summary>
          <ul>
            {e.evidence.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/**
 * The text with a line-break opportunity after each dot: a host name longer than the value column (a longer
 * label beside it, in some languages) wraps between its labels ("cloudfront.|net") rather than inside one.
 */
function breakAfterDots(text: string) {
  return text.split(/(?<=\.)/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

function Fact({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  if (value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{mono ? <code>{value}</code> : value}</dd>
    </>
  );
}

/** A time of today as the clock reads it; an earlier one with its date. */
export function formatTime(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  if (!Number.isFinite(ms) || Number.isNaN(date.getTime())) return '';
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay ? date.toLocaleTimeString() : date.toLocaleString();
}
