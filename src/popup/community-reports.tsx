// When sharing is on: what other Detour users report for the provider of this page's failure, from the
// collector's GET /v1/outages. Unreachable → says so, and nothing else (never a stale or guessed count).
import { useEffect, useState } from 'preact/hooks';
import { PROVIDERS } from '../core/providers';
import type { TabDiagnosis } from '../shared/messages';
import { extensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import { readSettings } from '../shared/settings';
import { collectorBase } from '../shared/sharing-settings';
import { communityLine } from './community-line';

const TIMEOUT_MS = 5_000;

export function CommunityReports({ entries }: { entries: readonly TabDiagnosis[] }) {
  const failed = entries.find((entry) => entry.diagnosis.provider !== null && (entry.diagnosis.failure === 'edge' || entry.diagnosis.failure === 'origin'));
  const provider = failed?.diagnosis.provider ?? undefined;
  const failure = failed?.diagnosis.failure === 'edge' ? 'edge' : 'origin';
  const [line, setLine] = useState<string | undefined>();
  useEffect(() => {
    if (provider === undefined) return;
    const name = PROVIDERS.find((module) => module.id === provider)?.name ?? provider;
    readSettings(extensionApi().storage.local)
      .then(async (settings) => {
        if (!settings.sharing) return undefined;
        try {
          const url = `${collectorBase(settings.collectorUrl)}/v1/outages?hours=1&by=failure`;
          const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
          const answer: unknown = response.ok ? await response.json() : undefined;
          return communityLine(answer, provider, name, failure, Date.now() / 1000) ?? t('popupCommunityUnavailable');
        } catch {
          return t('popupCommunityUnavailable');
        }
      })
      .then(setLine, () => setLine(undefined));
  }, [provider, failure]);
  if (line === undefined) return null;
  return (
    <p class="status community" aria-label={t('popupCommunityLabel')}>
      {line}
    </p>
  );
}
