// Detour's settings, typed from their defaults; stored values are validated and repaired on read.
import { OUTAGE_DEFAULTS, outageValueProblem, type OutageSettings } from './outage-settings';
import { SHARING_DEFAULTS, sharingValueProblem, type SharingSettings } from './sharing-settings';

export const DEFAULT_SETTINGS = {
  retentionDays: 7,
  retentionMaxFailures: 50_000,
  ...SHARING_DEFAULTS,
  ...OUTAGE_DEFAULTS,
};

export type Settings = typeof DEFAULT_SETTINGS;

const LIMITS: { [K in Exclude<keyof Settings, keyof SharingSettings | keyof OutageSettings>]: [min: number, max: number] } = {
  retentionDays: [1, 365],
  retentionMaxFailures: [100, 1_000_000],
};

/** Keeps every stored value that is valid, replaces the rest with the default, and says what it repaired. */
export function repairSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const stored = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = stored[key];
    if (value === undefined) continue;
    if (key in SHARING_DEFAULTS) {
      const sharingKey = key as keyof SharingSettings;
      const problem = sharingValueProblem(sharingKey, value);
      if (problem === undefined) (settings as Record<string, unknown>)[key] = value;
      else problems.push(`${key}: ${JSON.stringify(value)} ${problem}; using ${JSON.stringify(DEFAULT_SETTINGS[sharingKey])}`);
      continue;
    }
    if (key in OUTAGE_DEFAULTS) {
      const problem = outageValueProblem(key as keyof OutageSettings, value);
      if (problem === undefined) (settings as Record<string, unknown>)[key] = value;
      else problems.push(`${key}: ${JSON.stringify(value)} ${problem}; using ${JSON.stringify(DEFAULT_SETTINGS[key])}`);
      continue;
    }
    const numberKey = key as keyof typeof LIMITS;
    const [min, max] = LIMITS[numberKey];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) settings[numberKey] = value;
    else problems.push(`${key}: ${JSON.stringify(value)} is not a whole number from ${min} to ${max}; using ${DEFAULT_SETTINGS[key]}`);
  }
  return { settings, problems };
}

export async function readSettings(storage: Pick<chrome.storage.StorageArea, 'get'>): Promise<Settings> {
  const stored = (await storage.get('settings')) as { settings?: unknown };
  return repairSettings(stored.settings).settings;
}
