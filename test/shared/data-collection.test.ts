import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { sharingSettings } from '../../src/background/sharing';
import { DATA_CATEGORIES, allowedSharing, categoriesFor, grantedCategories } from '../../src/shared/data-collection';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const ON = { ...DEFAULT_SETTINGS, sharing: true, sharePop: true, shareDomain: true, collectorUrl: 'https://collector.example' };
const storage = (settings: unknown) => ({ get: async () => ({ settings }) }) as unknown as Pick<chrome.storage.StorageArea, 'get'>;
const firefox = (granted: string[]) => ({ getAll: async () => ({ origins: [], permissions: [], data_collection: granted }) });
const chromium = { getAll: async () => ({ origins: ['<all_urls>'], permissions: ['storage'] }) };

describe("Firefox's data-collection permissions for sharing", () => {
  it('asks for exactly the categories the manifest declares optional, and only those the switches need', () => {
    expect([...DATA_CATEGORIES].sort()).toEqual([...manifest.browser_specific_settings.gecko.data_collection_permissions.optional].sort());
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(categoriesFor({ sharePop: false, shareDomain: false })).toEqual(['technicalAndInteraction']);
    expect(categoriesFor({ sharePop: true, shareDomain: true })).toEqual(['technicalAndInteraction', 'browsingActivity', 'locationInfo']);
  });

  it('turns sharing off in Firefox until the failure category is granted, and each field off without its own', async () => {
    expect(await sharingSettings(storage(ON), firefox([]))).toMatchObject({ sharing: false });
    expect(await sharingSettings(storage(ON), firefox(['technicalAndInteraction']))).toMatchObject({ sharing: true, sharePop: false, shareDomain: false });
    expect(await sharingSettings(storage(ON), firefox(['technicalAndInteraction', 'locationInfo']))).toMatchObject({ sharing: true, sharePop: true, shareDomain: false });
    expect(await sharingSettings(storage(ON), firefox([...DATA_CATEGORIES]))).toMatchObject({ sharing: true, sharePop: true, shareDomain: true });
  });

  it('leaves the switches alone where the browser has no such permissions (Chromium)', async () => {
    expect(await grantedCategories(chromium)).toBeUndefined();
    expect(await sharingSettings(storage(ON), chromium)).toMatchObject({ sharing: true, sharePop: true, shareDomain: true });
    expect(allowedSharing(ON, undefined)).toBe(ON);
  });

  it('sends nothing when the permissions cannot be read', async () => {
    const broken = { getAll: async () => Promise.reject(new Error('permissions unavailable')) };
    expect(await sharingSettings(storage(ON), broken)).toMatchObject({ sharing: false });
  });
});
