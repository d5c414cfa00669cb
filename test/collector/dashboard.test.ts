import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_CSP } from '../../collector/routes/dashboard';
import type { Report } from '../../src/core/report';
import { harness, type Harness } from './app-harness';
import { fromSenders, NOW_WINDOW, report } from './reports';
import { STORE_CASES } from './stores';

const ALLOWED_TAGS = new Set(
  'html head meta title link body header h1 h2 p main section ul li strong span svg line text rect table thead tbody tr th td footer a'.split(' '),
);

const ALLOWED_ATTRIBUTES = new Set(
  'lang charset name content http-equiv rel href class viewBox width height role aria-label x y x1 x2 y1 y2'.split(' '),
);

// Values the schema would refuse, written straight into the database as a compromised or buggy
// collector might have stored them: the page must still show them only as text.
const HOSTILE: Report = {
  ...report(),
  provider: '<script>alert(1)</script>',
  service: '"><img src=x onerror=alert(2)>',
  pop: "' style='x",
  domain: '</title><svg onload=alert(3)>',
  failure: 'edge',
};

// The first GET of each test loads a read worker: seconds on a busy machine.
describe.each(STORE_CASES)('the dashboard ($name)', { timeout: 30_000 }, (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(kind);
  });
  afterEach(async () => {
    await h.close();
  });

  it('renders hostile stored values as text under a strict CSP', async () => {
    await fromSenders(h.store, 1, report({ window: NOW_WINDOW - 2 * 3600 })); // two hours of history: a baseline exists
    await fromSenders(h.store, 6, HOSTILE);
    await fromSenders(h.store, 3, report({ provider: 'aws', window: NOW_WINDOW - 300 }));
    const res = await h.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toMatch(/default-src 'none'/);
    expect(DASHBOARD_CSP).not.toMatch(/unsafe|script-src|http/);
    const page = res.body;
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&lt;/title&gt;&lt;svg onload=alert(3)&gt;');
    expect(page).toContain('&#39; style=&#39;x');
    const tags = [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]?.toLowerCase());
    expect(tags.filter((t) => t === undefined || !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(page).not.toMatch(/<script|<img|javascript:/i);
    // Inside real tags only known attributes: an injected quote would have opened a new one.
    const openTags = [...page.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
    for (const tag of openTags) expect(tag).toMatch(/^<[a-zA-Z0-9]+(\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*>$/);
    const attributes = openTags.flatMap((tag) => [...tag.matchAll(/\s([a-zA-Z][a-zA-Z0-9-]*)="/g)].map((m) => m[1]));
    expect(new Set(attributes)).toEqual(ALLOWED_ATTRIBUTES);
    expect(page).toContain('outage now');
    expect(page).toMatch(/<svg class="chart"/);
    expect(page).not.toContain('aws'); // under k: not on the page at all
  });

  it('serves its stylesheet from its own origin and a page with no outage', async () => {
    const css = await h.app.inject({ method: 'GET', url: '/dashboard.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const page = await h.app.inject({ method: 'GET', url: '/' });
    expect(page.body).toContain('No provider outage in the last 15 minutes.');
    expect(page.body).toMatch(/<link rel="stylesheet" href="\/dashboard.css">/);
  });

  it('answers /healthz and sends nosniff and a CSP on JSON too', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.json()).toEqual({ status: 'ok', storage: kind.name });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
