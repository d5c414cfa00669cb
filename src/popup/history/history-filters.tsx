// The history's filters: a provider <select> (the providers stored) and a site box (a host or a domain).
import { t } from '../../shared/i18n';
import { providerLabel } from './history-labels';
import { ALL, choiceOf, providerOfChoice } from './provider-choice';

export interface HistoryFiltersProps {
  providers: (string | null)[];
  provider: string;
  site: string;
  onProvider(choice: string): void;
  onSite(text: string): void;
}

export function HistoryFilters({ providers, provider, site, onProvider, onSite }: HistoryFiltersProps) {
  // A chosen provider stays listed while the list of stored ones is loading or no longer names it.
  const choices = providers.map((p) => ({ value: choiceOf(p), provider: p }));
  if (provider !== ALL && !choices.some((choice) => choice.value === provider)) choices.push({ value: provider, provider: providerOfChoice(provider) ?? null });
  return (
    <form class="history-filters" role="search" aria-label={t('historyFilters')} onSubmit={(event) => event.preventDefault()}>
      <label for="history-provider">{t('historyProviderLabel')}</label>
      <select id="history-provider" value={provider} onChange={(event) => onProvider(event.currentTarget.value)}>
        <option value={ALL}>{t('historyProviderAll')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {providerLabel(choice.provider)}
          </option>
        ))}
      </select>
      <label for="history-site">{t('historySiteLabel')}</label>
      <input
        id="history-site"
        type="search"
        value={site}
        maxLength={253}
        spellcheck={false}
        autocomplete="off"
        placeholder={t('historySitePlaceholder')}
        onInput={(event) => onSite(event.currentTarget.value)}
      />
    </form>
  );
}
