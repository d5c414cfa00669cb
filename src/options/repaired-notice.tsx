// What the repair on read changed in the stored settings, so a value the person set is never replaced
// silently. The problems are the repair's own sentences (key, stored value, default used).
import { t } from '../shared/i18n';

export function RepairedNotice({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div id="settings-repaired" class="notice">
      <p>{t('optionsRepairedIntro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{t('optionsRepaired', problem)}</li>
        ))}
      </ul>
    </div>
  );
}
