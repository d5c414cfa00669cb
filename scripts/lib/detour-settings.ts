// Settings every launched browser starts with: Detour must not reach the internet from a test or the demo
// (no range lists, no status pages) unless a test points it at a local stand-in. The extension waits a
// minute before its first range download, so these are in place long before.
// Mirror suggestions are off too (the popup would ask archive.org, DNS resolvers and IPFS gateways);
// mirror-stand-ins.ts' settings turn them on against local stand-ins.
export const OFFLINE_SETTINGS: Readonly<Record<string, unknown>> = { fetchRangeLists: false, fetchStatusPages: false, notifyIncidents: false, suggestMirrors: false };

/** Runs in one of Detour's pages: merges values into the stored settings. Self-contained (serialised). */
export async function storeSettings(values: Record<string, unknown>): Promise<true> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const storage = (scope.browser ?? scope.chrome)!.storage.local;
  const stored = (await storage.get('settings')) as { settings?: Record<string, unknown> };
  await storage.set({ settings: { ...stored.settings, ...values } });
  return true;
}
