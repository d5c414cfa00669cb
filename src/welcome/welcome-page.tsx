// The page a first install opens (background/open-welcome-on-install.ts): what the badge's colours mean, as
// core/badge.ts draws them; what is kept on this device; and that nothing is sent unless sharing is turned on.
import { BADGE_ORANGE, BADGE_RED, INCIDENT_BADGE_TEXT } from '../core/badge';
import { extensionApi } from '../shared/extension-api';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { RETENTION_DEFAULTS } from '../shared/settings';

const OPTIONS_PATH = 'src/options/index.html';

/** The badges a person may see, each drawn as the toolbar draws it, with what it means. */
const LEGEND: readonly { id: string; text: string; color: string; meaning: MessageKey }[] = [
  { id: 'edge', text: '2', color: BADGE_RED, meaning: 'welcomeBadgeEdge' },
  { id: 'origin', text: '1', color: BADGE_ORANGE, meaning: 'welcomeBadgeOrigin' },
  { id: 'incident', text: INCIDENT_BADGE_TEXT, color: BADGE_RED, meaning: 'welcomeBadgeIncident' },
];

export function WelcomePage() {
  const number = new Intl.NumberFormat(uiLanguage());
  function openOptions(event: MouseEvent) {
    // The browser's own way: an options tab already open is brought forward rather than opened twice.
    event.preventDefault();
    void extensionApi().runtime.openOptionsPage();
  }
  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section id="badge-legend" aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('welcomeBadgeHeading')}</h2>
        <p>{t('welcomeBadgeCount')}</p>
        <ul class="legend">
          {LEGEND.map(({ id, text, color, meaning }) => (
            <li key={id} data-badge={id}>
              <span class="badge" style={{ backgroundColor: color }} aria-hidden="true">
                {text}
              </span>
              <span>{t(meaning)}</span>
            </li>
          ))}
          <li data-badge="none">
            <span class="badge none" aria-hidden="true" />
            <span>{t('welcomeBadgeNone')}</span>
          </li>
        </ul>
      </section>
      <section id="kept" aria-labelledby="kept-heading">
        <h2 id="kept-heading">{t('welcomeKeptHeading')}</h2>
        <p>{t('welcomeKept', number.format(RETENTION_DEFAULTS.retentionDays), number.format(RETENTION_DEFAULTS.retentionMaxFailures))}</p>
        <p>{t('welcomeKeptPrivate')}</p>
      </section>
      <section id="sent" aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('welcomeSentHeading')}</h2>
        <p>{t('welcomeSent')}</p>
        <p>{t('welcomeLookups')}</p>
      </section>
      <p>
        <a id="open-options" class="button" href={extensionApi().runtime.getURL(OPTIONS_PATH)} onClick={openOptions}>
          {t('welcomeOpenOptions')}
        </a>
      </p>
    </>
  );
}
