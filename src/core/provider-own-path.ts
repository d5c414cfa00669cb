// Paths a provider's edge answers itself on every site it fronts: a healthy answer there says nothing
// about the site behind it (Cloudflare's error page loads /cdn-cgi/styles/… from the very host that failed).
const OWN_PATHS: readonly string[] = ['/cdn-cgi/', '/.well-known/vercel/', '/_vercel/', '/.netlify/'];

export function providerOwnPath(url: string): boolean {
  const start = url.indexOf('://');
  const slash = start < 0 ? -1 : url.indexOf('/', start + 3);
  if (slash < 0) return false;
  for (const path of OWN_PATHS) if (url.startsWith(path, slash)) return true;
  return url.startsWith('/favicon.ico', slash);
}
