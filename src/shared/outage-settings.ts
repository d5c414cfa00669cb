// Outage-awareness settings, stored in the same `settings` object as the others and repaired on
// read. The list and feed URLs default to the providers' official ones; a base URL replaces them (tests point
// it at a local stand-in), and the two switches turn the fetching off altogether.
import type { IncidentConfig } from '../core/incidents';
import { t } from './i18n';

export const OUTAGE_DEFAULTS = {
  notifyIncidents: true,
  countOtherSites: false, // the badge counts another site's failing images, pixels and media too (core/notice.ts)
  incidentWindowMinutes: 5,
  incidentEdgeMinSites: 4,
  incidentOriginMinSites: 6,
  incidentQuietMinutes: 10,
  fetchRangeLists: true,
  rangeListsBaseUrl: '', // '' = the official lists; else `${base}/${source.id}`
  rangeListsRefreshHours: 24,
  fetchStatusPages: true,
  statusFeedsBaseUrl: '', // '' = the official feeds; else `${base}/${provider}`
};

export type OutageSettings = typeof OUTAGE_DEFAULTS;

const NUMBER_LIMITS: Partial<Record<keyof OutageSettings, [min: number, max: number]>> = {
  incidentWindowMinutes: [1, 60],
  incidentEdgeMinSites: [2, 50],
  incidentOriginMinSites: [2, 100],
  incidentQuietMinutes: [1, 240],
  rangeListsRefreshHours: [1, 24 * 14],
};

/** Why one stored outage value cannot be used, or undefined when it can. */
export function outageValueProblem(key: keyof OutageSettings, value: unknown): string | undefined {
  const fallback = OUTAGE_DEFAULTS[key];
  if (typeof fallback === 'boolean') return typeof value === 'boolean' ? undefined : t('settingsNotBoolean');
  if (typeof fallback === 'string') return typeof value === 'string' ? baseUrlProblem(value) : t('settingsNotString');
  const [min, max] = NUMBER_LIMITS[key] ?? [0, 0];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : t('settingsNotWholeNumber', min, max);
}

function baseUrlProblem(value: string): string | undefined {
  if (value === '') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : t('settingsNotHttpUrl');
  } catch {
    return t('settingsNotUrl');
  }
}

export function repairOutageSettings(raw: unknown): { settings: OutageSettings; problems: string[] } {
  const settings: Record<string, unknown> = { ...OUTAGE_DEFAULTS };
  const problems: string[] = [];
  const stored = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of Object.keys(OUTAGE_DEFAULTS) as (keyof OutageSettings)[]) {
    const value = stored[key];
    if (value === undefined) continue;
    const problem = outageValueProblem(key, value);
    if (problem === undefined) settings[key] = value;
    else problems.push(t('settingsRepaired', key, JSON.stringify(value), problem, JSON.stringify(OUTAGE_DEFAULTS[key])));
  }
  return { settings: settings as OutageSettings, problems };
}

export async function readOutageSettings(storage: Pick<chrome.storage.StorageArea, 'get'>): Promise<OutageSettings> {
  const stored = (await storage.get('settings')) as { settings?: unknown };
  return repairOutageSettings(stored.settings).settings;
}

/** The detector's thresholds from the settings (the rest keep their defaults). */
export function incidentConfigOf(settings: OutageSettings): Partial<IncidentConfig> {
  return {
    windowMs: settings.incidentWindowMinutes * 60_000,
    edgeMinDomains: settings.incidentEdgeMinSites,
    originMinDomains: settings.incidentOriginMinSites,
    quietMs: settings.incidentQuietMinutes * 60_000,
  };
}

/** Where to fetch a list or feed: the official URL, or the base URL's stand-in for it. */
export function standInUrl(base: string, name: string, official: string): string {
  return base === '' ? official : `${base.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}
