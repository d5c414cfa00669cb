// Detour's settings, typed from their defaults; stored values are validated and repaired on read, key by
// key: a valid value is kept, an invalid one replaced by its default (a list keeps its valid entries), and
// every repair is said in a sentence the options page shows.
import { t } from './i18n';
import { MIRROR_DEFAULTS, mirrorValueProblem, repairGateways, type MirrorSettings } from './mirror-settings';
import { OUTAGE_DEFAULTS, outageValueProblem, type OutageSettings } from './outage-settings';
import { SHARING_DEFAULTS, sharingValueProblem, type SharingSettings } from './sharing-settings';

export const RETENTION_DEFAULTS = {
  retentionDays: 7,
  retentionMaxFailures: 50_000,
};

export const DEFAULT_SETTINGS = {
  ...RETENTION_DEFAULTS,
  ...SHARING_DEFAULTS,
  ...OUTAGE_DEFAULTS,
  ...MIRROR_DEFAULTS,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type RetentionSettings = typeof RETENTION_DEFAULTS;

export const RETENTION_LIMITS: { [K in keyof RetentionSettings]: { min: number; max: number } } = {
  retentionDays: { min: 1, max: 365 },
  retentionMaxFailures: { min: 100, max: 1_000_000 },
};

/** Why one stored value cannot be used, or undefined when it can (the gateway list is repaired apart). */
export function settingValueProblem(key: Exclude<keyof Settings, 'gateways'>, value: unknown): string | undefined {
  if (key in SHARING_DEFAULTS) return sharingValueProblem(key as keyof SharingSettings, value);
  if (key in OUTAGE_DEFAULTS) return outageValueProblem(key as keyof OutageSettings, value);
  if (key in MIRROR_DEFAULTS) return mirrorValueProblem(key as Exclude<keyof MirrorSettings, 'gateways'>, value);
  const { min, max } = RETENTION_LIMITS[key as keyof RetentionSettings];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : t('settingsNotWholeNumber', min, max);
}

/** Keeps every stored value that is valid, replaces the rest with the default, and says what it repaired. */
export function repairSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const { settings, repairs } = repairSettingsByKey(raw);
  return { settings, problems: repairs.map(([, problem]) => problem) };
}

/** As repairSettings, each problem with the setting it is about (undefined: the whole object), for a save to
 * refuse the keys it changed whatever language the sentences are in. */
export function repairSettingsByKey(raw: unknown): { settings: Settings; repairs: [keyof Settings | undefined, string][] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, gateways: [...DEFAULT_SETTINGS.gateways] };
  const repairs: [keyof Settings | undefined, string][] = [];
  if (raw === undefined) return { settings, repairs };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, repairs: [[undefined, t('settingsNotObject', describe(raw))]] };
  }
  const stored = raw as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = Object.hasOwn(stored, key) ? stored[key] : undefined; // never an inherited value
    if (value === undefined) continue;
    if (key === 'gateways') {
      const repaired = repairGateways(value);
      settings.gateways = repaired.gateways;
      repairs.push(...repaired.problems.map((problem): [keyof Settings, string] => [key, t('settingsKeyProblem', key, problem)]));
      continue;
    }
    const problem = settingValueProblem(key, value);
    if (problem === undefined) (settings as Record<string, unknown>)[key] = value;
    else repairs.push([key, t('settingsRepaired', key, describe(value), problem, JSON.stringify(DEFAULT_SETTINGS[key]))]);
  }
  // Sharing needs a collector the person chose: with none (or one that could not be kept), it is off. A
  // collector address is never put in its place.
  if (settings.sharing && settings.collectorUrl === '') {
    settings.sharing = false;
    repairs.push(['sharing', t('settingsSharingNoCollector')]);
  }
  return { settings, repairs };
}

export async function readSettings(storage: Pick<chrome.storage.StorageArea, 'get'>): Promise<Settings> {
  const stored = (await storage.get('settings')) as { settings?: unknown };
  return repairSettings(stored.settings).settings;
}

// A stored value quoted in a problem, short enough to read (a junk value may be any size).
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
