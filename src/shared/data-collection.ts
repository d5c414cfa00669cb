// Firefox's data-collection permissions (manifest `data_collection_permissions`, all optional): sharing asks
// for them when the person turns it on, and sends nothing — nor a field — whose category Firefox has not
// granted. Chromium has no such permissions: there the person's switches alone decide.
import type { SharingSettings } from './sharing-settings';

/** Mozilla's categories for what a report holds: the failure itself, the site's domain, the edge location. */
export type DataCategory = 'technicalAndInteraction' | 'browsingActivity' | 'locationInfo';
export const DATA_CATEGORIES: readonly DataCategory[] = ['technicalAndInteraction', 'browsingActivity', 'locationInfo'];

/** The part of the permissions API used here; Firefox's carries `data_collection`, Chromium's does not. */
export interface DataPermissions {
  getAll(): Promise<{ data_collection?: string[]; origins?: string[] }>;
  request(permissions: { data_collection: string[] }): Promise<boolean>;
}

/** The categories a report sent under these switches needs. */
export function categoriesFor(settings: Pick<SharingSettings, 'sharePop' | 'shareDomain'>): DataCategory[] {
  return DATA_CATEGORIES.filter((category) => category === 'technicalAndInteraction' || (category === 'browsingActivity' ? settings.shareDomain : settings.sharePop));
}

/** The categories granted, or undefined where the browser has no data-collection permissions. */
export async function grantedCategories(permissions: Pick<DataPermissions, 'getAll'> | undefined): Promise<ReadonlySet<string> | undefined> {
  const all = await permissions?.getAll();
  return Array.isArray(all?.data_collection) ? new Set(all.data_collection) : undefined;
}

/** The sharing switches as far as Firefox allows them: off without the failure category, a field off without its own. */
export function allowedSharing<T extends Pick<SharingSettings, 'sharing' | 'sharePop' | 'shareDomain'>>(settings: T, granted: ReadonlySet<string> | undefined): T {
  if (granted === undefined) return settings;
  return {
    ...settings,
    sharing: settings.sharing && granted.has('technicalAndInteraction'),
    shareDomain: settings.shareDomain && granted.has('browsingActivity'),
    sharePop: settings.sharePop && granted.has('locationInfo'),
  };
}
