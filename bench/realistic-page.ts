// A page shaped like a real shop's: 100 subresources (stylesheets, deferred scripts, images) from 6 hosts,
// five of them behind a provider (their healthy answers carry its headers, as Detour sees them), each answer
// held 30 ms as a distant server's would be. Served by page-load.ts's stand-in server on loopback.

export const REALISTIC_LATENCY_MS = 30;

interface PageHost { host: string; headers: Record<string, string>; css: number; js: number; img: number }

const HOSTS: readonly PageHost[] = [
  { host: 'www.larkspur-outfitters.com', headers: { server: 'cloudflare', 'cf-ray': '8f2c1a7b9d3e4f51-AMS', 'cf-cache-status': 'DYNAMIC' }, css: 2, js: 2, img: 8 },
  { host: 'static.larkspur-outfitters.com', headers: { server: 'cloudflare', 'cf-ray': '8f2c1a7b9d3e4f52-AMS', 'cf-cache-status': 'HIT', age: '5120' }, css: 2, js: 4, img: 14 },
  {
    host: 'images.quillmark-media.com',
    headers: { server: 'AmazonS3', via: '1.1 8d0c6a4b2e1f3d5c7a5d4c2e9a1b3f7e.cloudfront.net (CloudFront)', 'x-cache': 'Hit from cloudfront', 'x-amz-cf-pop': 'AMS58-P3', 'x-amz-cf-id': 'hE6uA2iO0pQ1rS3tU5vW7xAqY0dKJc2xTpF1s9gq7VbN3kL5mR8wZ4==' },
    css: 0, js: 0, img: 30,
  },
  { host: 'cdn.brightwater-assets.net', headers: { 'x-served-by': 'cache-ams21046-AMS', 'x-cache': 'HIT', 'x-cache-hits': '12', 'x-timer': 'S1763705523.223456,VS0,VE0', via: '1.1 varnish' }, css: 1, js: 2, img: 17 },
  { host: 'tags.harborlight-analytics.com', headers: { server: 'AkamaiGHost', 'x-akamai-transformed': '9 - 0 pmb=mRUM,1', 'server-timing': 'cdn-cache; desc=HIT, edge; dur=1' }, css: 0, js: 2, img: 8 },
  { host: 'media.larkspur-outfitters.com', headers: { server: 'nginx/1.24.0' }, css: 0, js: 0, img: 8 },
];

export const REALISTIC_HOSTS: readonly string[] = HOSTS.map((h) => h.host);
export const REALISTIC_SUBRESOURCES = HOSTS.reduce((sum, h) => sum + h.css + h.js + h.img, 0);

/** The provider headers a host's answers carry on the realistic page, or undefined for another host. */
export function realisticHeaders(host: string): Record<string, string> | undefined {
  return HOSTS.find((h) => h.host === host)?.headers;
}

/** The page's HTML: stylesheets in the head, deferred scripts, then the images, all under /r/<round>/. */
export function realisticPageHtml(port: number, round: string): string {
  const url = (h: PageHost, kind: 'css' | 'js' | 'img', i: number) => `http://${h.host}:${port}/r/${round}/${kind}-${i}.${kind === 'img' ? 'png' : kind}`;
  const each = (kind: 'css' | 'js' | 'img', tag: (src: string) => string) => HOSTS.flatMap((h) => Array.from({ length: h[kind] }, (_, i) => tag(url(h, kind, i))));
  const head = [...each('css', (src) => `<link rel="stylesheet" href="${src}">`), ...each('js', (src) => `<script defer src="${src}"></script>`)];
  const body = each('img', (src) => `<img src="${src}" width="1" height="1" alt="">`);
  return `<!doctype html><html><head><title>Larkspur Outfitters</title>${head.join('')}</head><body><h1>Autumn collection</h1>${body.join('')}</body></html>`;
}

/** The content type of a subresource of the realistic page, by its extension. */
export function realisticContentType(path: string): string {
  if (path.endsWith('.css')) return 'text/css';
  if (path.endsWith('.js')) return 'text/javascript';
  return 'image/png';
}
