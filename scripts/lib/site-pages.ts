// The test sites' own pages (what a healthy origin serves), including the two that load many subresources.
// Inline scripts here belong to the test sites, not to Detour.

function sitePage(title: string, main: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#222}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(5rem,1fr));gap:.5rem}.grid img{width:100%;aspect-ratio:1;background:#eee}</style>
${head}</head><body>
${main}
</body></html>
`;
}

/** A small healthy page. */
export function coffeeShopPage(): string {
  return sitePage(
    'Tin Roof Coffee — Roasters in Asheville',
    `<h1>Tin Roof Coffee</h1>
<p>Small-batch roasts, shipped the day they come out of the drum. This week: Huila washed, Guji natural.</p>
<p><a href="/shop">Shop beans</a> · <a href="/visit">Visit the café</a></p>`,
  );
}

export interface ResourceGroup {
  /** Absolute origin, e.g. 'http://img.brightwater-outdoor.com:8080' */
  origin: string;
  count: number;
  /** The element for item i (0-based) at url. */
  tag(url: string, i: number): string;
  /** Path of item i, e.g. '/products/hiking-boot-12.jpg' */
  path(i: number): string;
  /** Scripts and stylesheets go in the head; images in the page. */
  inHead?: boolean;
}

/** A shop page whose own HTML loads fine while every group of subresources fails. `nonce` keeps URLs unique. */
export function shopPage(groups: ResourceGroup[], nonce: string): string {
  const tags = (inHead: boolean) =>
    groups
      .filter((group) => Boolean(group.inHead) === inHead)
      .flatMap((group) => Array.from({ length: group.count }, (_, i) => group.tag(`${group.origin}${group.path(i)}?v=${nonce}-${i}`, i)));
  return sitePage(
    'Brightwater Outdoor — Tents, packs and trail shoes',
    `<h1>Brightwater Outdoor</h1>
<p>Spring sale: 20% off packs and shelters. Free returns within 60 days.</p>
<div class="grid">
${tags(false).join('\n')}
</div>`,
    tags(true).join('\n'),
  );
}

export interface BurstPage {
  /** Absolute origin of the failing host. */
  origin: string;
  total: number;
  waves: number;
  waveGapMs: number;
  nonce: string;
}

/** A gallery that adds its thumbnails in waves after load, so they are still arriving after the page loaded. */
export function galleryPage({ origin, total, waves, waveGapMs, nonce }: BurstPage): string {
  return sitePage(
    'Pinecrest Photo — Autumn in the Cascades',
    `<h1>Autumn in the Cascades</h1>
<p id="progress">Loading ${total} photos…</p>
<div class="grid" id="gallery"></div>
<script>
(function () {
  var total = ${total}, waves = ${waves}, perWave = Math.ceil(total / waves), settled = 0, added = 0;
  var gallery = document.getElementById('gallery'), progress = document.getElementById('progress');
  function done() {
    settled += 1;
    progress.textContent = settled + ' of ' + total + ' photos settled';
    if (settled === total) document.documentElement.setAttribute('data-burst', 'settled');
  }
  function wave() {
    for (var i = 0; i < perWave && added < total; i += 1, added += 1) {
      var img = new Image();
      img.onload = img.onerror = done;
      img.src = '${origin}/photos/cascades/' + String(added).padStart(4, '0') + '_640.jpg?v=${nonce}-' + added;
      gallery.appendChild(img);
    }
    if (added < total) setTimeout(wave, ${waveGapMs});
  }
  setTimeout(wave, ${waveGapMs});
})();
</script>`,
  );
}

export interface NewsParts {
  pixel: string;
  adFrame: string;
  beacon: string;
}

/** A healthy article with the usual third-party parts: an analytics pixel, an ad frame and a beacon. */
export function newsPage({ pixel, adFrame, beacon }: NewsParts): string {
  return sitePage(
    'Harborview News — Ferry schedule changes for the winter',
    `<h1>Ferry schedule changes for the winter</h1>
<p>From 15 December the 6:40 sailing moves to 6:55, and weekend service adds a late return at 23:10.</p>
<iframe src="${adFrame}" width="728" height="90" title="Advertisement"></iframe>
<img src="${pixel}" alt="" width="1" height="1">
<script>addEventListener('load', function () { navigator.sendBeacon(${JSON.stringify(beacon)}, 'read'); });</script>`,
  );
}

/** A page that fires `total` failing fetches at `path` on its own host, 64 at a time, then says it is done. */
export function floodPage(path: string, total: number): string {
  return sitePage(
    'Tin Roof Coffee — order history',
    `<h1>Order history</h1><p id="progress">0 of ${total}</p>
<script>
(function () {
  var total = ${total}, started = 0, settled = 0, progress = document.getElementById('progress');
  function next() {
    if (started >= total) return;
    var i = started++;
    fetch('${path}?page=' + i, { cache: 'no-store' }).catch(function () {}).then(function () {
      settled += 1;
      if (settled % 1000 === 0 || settled === total) progress.textContent = settled + ' of ' + total;
      if (settled === total) document.documentElement.setAttribute('data-flood', 'settled');
      next();
    });
  }
  for (var k = 0; k < 64; k += 1) next();
})();
</script>`,
  );
}
