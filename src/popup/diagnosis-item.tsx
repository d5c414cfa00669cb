// One failed request. Every page-controlled string is rendered as text by preact, never as HTML.
import type { TabDiagnosis } from '../shared/messages';
import { FAILURE_LABEL } from './failure-label';

export function DiagnosisItem({ entry }: { entry: TabDiagnosis }) {
  const { diagnosis, host, url, type } = entry;
  const facts: [string, string | number | undefined][] = [
    ['Status', diagnosis.status],
    ['Code', diagnosis.code],
    ['Service', diagnosis.service],
    ['Via', diagnosis.via?.join(' → ')],
    ['Location', diagnosis.pop],
    ['Request ID', diagnosis.requestId],
  ];
  return (
    <li class={`diagnosis failure-${diagnosis.failure}`} data-failure={diagnosis.failure}>
      <h2>
        <span class="provider">{diagnosis.provider ?? 'No provider recognised'}</span>
        <span class="failure">{diagnosis.failure}</span>
      </h2>
      <p class="verdict">{FAILURE_LABEL[diagnosis.failure]}</p>
      <p class="where" title={url}>
        {host}
        {type && type !== 'main_frame' ? ` (${type})` : ' (page)'}
      </p>
      <dl>
        {facts
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([name, value]) => [<dt key={`${name}-t`}>{name}</dt>, <dd key={`${name}-d`}>{String(value)}</dd>])}
      </dl>
      {diagnosis.evidence.length > 0 && (
        <ul class="evidence">
          {diagnosis.evidence.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
