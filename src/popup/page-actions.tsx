// What a person can do now: retry the page (reloads the tab and closes the popup), copy a short report.
import { extensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import { CopyButton } from './copy-button';

export function PageActions({ tabId, report }: { tabId: number | undefined; report: string | undefined }) {
  const retry = () => {
    if (tabId === undefined) return;
    extensionApi()
      .tabs.reload(tabId)
      .then(() => window.close(), () => window.close());
  };
  return (
    <div class="actions" role="group" aria-label={t('popupActions')}>
      <button type="button" id="retry" onClick={retry} disabled={tabId === undefined}>
        {t('popupRetry')}
      </button>
      {report !== undefined && <CopyButton id="copy-report" text={report} label={t('popupCopyReport')} />}
    </div>
  );
}
