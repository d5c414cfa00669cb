// Where else the page can be read. Links open only on a click, in a new tab, without a referrer; each is
// checked again here to be https:. An onion address is text to copy (only Tor Browser opens it).
// Mirrors on the failing provider come last, with their warning.
import { t } from '../shared/i18n';
import { CopyButton } from './copy-button';
import { say } from '../shared/say';
import { shownMirrors, type ShownMirror } from './shown-mirrors';
import type { MirrorState } from './use-mirrors';

export function MirrorList({ state, onExact }: { state: MirrorState; onExact?: () => void }) {
  if (state.kind === 'idle') return null;
  const suggestions = state.kind === 'ready' ? shownMirrors(state.answer.suggestions) : [];
  const problems = state.kind === 'ready' && Array.isArray(state.answer.problems) ? state.answer.problems.filter((p) => typeof p === 'string') : [];
  return (
    <section class="mirrors-section" aria-labelledby="mirrors-title" aria-busy={state.kind === 'looking'}>
      <h3 id="mirrors-title">{t('popupMirrorsTitle')}</h3>
      {state.kind === 'looking' && (
        <p class="status looking" role="status">
          {t('popupMirrorsLooking')}
        </p>
      )}
      {state.kind === 'error' && <p class="status error">{t('popupMirrorsError', state.message)}</p>}
      {state.kind === 'ready' && suggestions.length === 0 && problems.length === 0 && <p class="status empty">{t('popupMirrorsNone')}</p>}
      <ul id="mirrors">
        {suggestions.map((mirror, index) => (
          <MirrorItem key={`${mirror.suggestion.kind}-${index}`} mirror={mirror} />
        ))}
      </ul>
      {state.kind === 'ready' && state.answer.trimmed === true && onExact !== undefined && (
        <p class="trimmed">
          {t('popupMirrorsTrimmed')}{' '}
          <button type="button" id="mirrors-exact" class="small" onClick={onExact}>
            {t('popupMirrorsExact')}
          </button>
        </p>
      )}
      {problems.length > 0 && (
        <div class="problems">
          {suggestions.length > 0 && <p>{t('popupMirrorProblems')}</p>}
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function MirrorItem({ mirror: { suggestion: s, href } }: { mirror: ShownMirror }) {
  const label = say(s.label);
  return (
    <li class={s.sameProviderAsFailure ? 'mirror same-provider' : 'mirror'} data-kind={s.kind}>
      {href !== undefined ? (
        <a data-mirror-kind={s.kind} href={href} target="_blank" rel="noopener noreferrer" aria-label={t('popupMirrorNewTab', label)}>
          {label}
        </a>
      ) : (
        <span class="mirror-copy">
          <span class="mirror-label">{label}</span> <code class="mirror-address">{s.url}</code>{' '}
          <CopyButton text={s.url} label={t('popupMirrorCopy')} name={t('popupMirrorCopyName', label)} />
        </span>
      )}
      <span class="why">{say(s.why)}</span>
      <span class="freshness">{say(s.freshness)}</span>
      {s.warning !== undefined && <span class="mirror-warning">{say(s.warning)}</span>}
    </li>
  );
}
