// The copied report as plain text: the explain core's lines, labelled in the person's language.
import { reportLines, type ReportFacts } from '../core/explain';
import { t } from '../shared/i18n';
import { say } from '../shared/say';

export function reportText(facts: ReportFacts): string {
  return [t('popupReportTitle'), ...reportLines(facts).map(([label, value]) => `${t(label)}: ${say(value)}`)].join('\n');
}
