// What Detour keeps of an address it stores or exports: scheme, host and path. The query and
// fragment go: session tokens, signed-URL signatures and search terms live there.

/** The address up to its query or fragment, otherwise unchanged. */
export function keptAddress(url: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : url.slice(0, cut);
}
