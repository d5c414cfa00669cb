// One handle on the WebExtension API for both browsers. Firefox exposes promise-based `browser.*`
// (and `chrome.*`); Chromium MV3 only `chrome.*`, whose methods also return promises.
// Typed as Chrome's API: the calls Detour makes have the same shape in both.
export function extensionApi(): typeof chrome {
  const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Detour: no WebExtension API in this context');
  return api;
}
