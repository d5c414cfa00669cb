// Where else the page can be read. Links open only on a click, in a new tab, without a referrer; each is
// checked again here to be https:. An onion address is text to copy (only Tor Browser opens it).
// Mirrors on the failing provider come last, with their warning.
import { safeHttpsUrl, type Suggestion } from '../core/mirrors';
import { t } from '../shared/i18n';
import { CopyButton } from './copy-button';
import type { MirrorState } from './use-mirrors';

export function MirrorList({ state }: { state: MirrorState }) {
  if (state.kind === 'idle') return null;
  const suggestions = state.kind === 'ready' ? ordered(state.answer.suggestions) : [];
  const problems = state.kind === 'ready' ? state.answer.problems.filter((p) => typeof p === 'string') : [];
  return (
    <section class="mirrors-section" aria-labelledby="mirrors-title" aria-busy={state.kind === 'looking'}>
      <h3 id="mirrors-title">{t('popupMirrorsTitle')}</h3>
      {state.kind === 'looking' && (
        <p class="status looking" role="status">
          {t('popupMirrorsLooking')}
        </p>
      )}
      {state.kind === 'error' && <p class="status error">{t('popupMirrorsError', state.message)}</p>}
      {state.kind === 'ready' && suggestions.length === 0 && <p class="status empty">{t('popupMirrorsNone')}</p>}
      <ul id="mirrors">
        {suggestions.map((suggestion, index) => (
          <MirrorItem key={`${suggestion.kind}-${index}`} suggestion={suggestion} />
        ))}
      </ul>
      {problems.length > 0 && (
        <div class="problems">
          <p>{t('popupMirrorProblems')}</p>
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

function MirrorItem({ suggestion: s }: { suggestion: Suggestion }) {
  const href = s.action === 'open' ? safeHttpsUrl(s.url) : undefined;
  if (s.action === 'open' && href === undefined) return null;
  return (
    <li class={s.sameProviderAsFailure ? 'mirror same-provider' : 'mirror'} data-kind={s.kind}>
      {href !== undefined ? (
        <a data-mirror-kind={s.kind} href={href} target="_blank" rel="noopener noreferrer" aria-label={t('popupMirrorNewTab', s.label)}>
          {s.label}
        </a>
      ) : (
        <span class="mirror-copy">
          <span class="mirror-label">{s.label}</span> <code class="mirror-address">{s.url}</code>{' '}
          <CopyButton text={s.url} label={t('popupMirrorCopy')} name={t('popupMirrorCopyName', s.label)} />
        </span>
      )}
      <span class="why">{s.why}</span>
      <span class="freshness">{s.freshness}</span>
      {s.warning !== undefined && <span class="mirror-warning">{s.warning}</span>}
    </li>
  );
}

/** Anything on the failing provider after the rest, keeping the core's order otherwise. */
function ordered(suggestions: readonly Suggestion[]): Suggestion[] {
  const list = Array.isArray(suggestions) ? suggestions.filter((s) => s !== null && typeof s === 'object' && typeof s.url === 'string') : [];
  return [...list.filter((s) => !s.sameProviderAsFailure), ...list.filter((s) => s.sameProviderAsFailure)];
}
