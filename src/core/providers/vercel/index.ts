// Vercel: providers.md §1.7.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { failureOfStatus, generated, lookupCode } from '../../verdict';
import { VERCEL_CODES, VERCEL_PREFIXES } from './codes';

// Vercel's codes as they appear alone in a page or log ("… DEPLOYMENT_NOT_FOUND", "FUNCTION_INVOCATION_TIMEOUT fra1::…").
const VERCEL_CODE = /\b((?:INTERNAL|DEPLOYMENT|FUNCTION|EDGE_FUNCTION|MIDDLEWARE|DNS|ROUTER|SANDBOX|V1)_[A-Z_]+|INFINITE_LOOP(?:_DETECTED)?|NO_RESPONSE_FROM_FUNCTION)\b/;
const CRASHED_JSON = /\{\s*"error"\s*:\s*\{\s*"code"\s*:\s*"5\d\d"\s*,\s*"message"\s*:\s*"a server error has occurred"/;
/** "fra1::iad1::lwfvf-…" → "fra1": three letters and a digit before "::" (no RegExp: it runs on every Vercel answer). */
function vercelPop(value: string): string | undefined {
  const v = value.trimStart();
  if (v.charCodeAt(4) !== 58 || v.charCodeAt(5) !== 58) return undefined; // '::'
  const digit = v.charCodeAt(3);
  if (digit < 48 || digit > 57) return undefined;
  for (let i = 0; i < 3; i++) {
    const c = v.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  return v.slice(0, 4);
}

export const vercel: ProviderModule = {
  id: 'vercel',
  name: 'Vercel',
  depth: 2,
  headers: [
    { header: 'server', prefix: 'vercel', weight: 2, evidence: 'server: Vercel' },
    { header: 'x-vercel-id', weight: 2, evidence: 'x-vercel-id header', pop: vercelPop, requestId: true },
    { header: 'x-vercel-cache', weight: 2, evidence: 'x-vercel-cache header' },
    { header: 'x-vercel-error', weight: 2, evidence: 'x-vercel-error header' },
    { header: 'x-vercel-mitigated', weight: 2, evidence: 'x-vercel-mitigated header', alarm: true },
    { header: 'server', prefix: 'now', match: /^now$/i, weight: 2, evidence: 'server: now (Vercel, formerly ZEIT Now)' },
    { header: 'x-now-trace', weight: 2, evidence: 'x-now-trace header (Vercel, formerly ZEIT Now)' },
  ],
  hosts: [
    { key: 'vercel.app', evidence: 'host is on vercel.app' },
    { key: 'now.sh', evidence: 'host is on now.sh (Vercel, formerly ZEIT Now)' },
    { key: 'vercel.com', own: true, evidence: "host is Vercel's own (its site and API)" },
  ],
  pages: [
    { find: 'vercel is working correctly', weight: 2, evidence: "Vercel's error page ('Vercel is working correctly')" },
    { find: /code:\s*[a-z0-9_]{4,}\s+id:\s*[a-z]{3}\d::?[a-z0-9]{5}-\d{10,}|\b[a-z]{3}\d::[a-z0-9]{5}-\d{13}-[0-9a-f]{12}\b/, weight: 2, evidence: "Vercel's error text ('Code: … ID: <region>::…')" },
    { find: /(?:^|\n|\s)\d{3}: [a-z_]{6,}\s+code: [a-z_]{4,}/, weight: 2, evidence: "Vercel's error text ('500: INTERNAL_SERVER_ERROR Code: …')" },
    // What a function that crashed answers a client asking for JSON (FUNCTION_INVOCATION_FAILED's JSON form).
    { find: CRASHED_JSON, weight: 2, evidence: "Vercel's JSON answer for a function that crashed ('A server error has occurred')" },
    { find: /an error occurred with your deployment|the deployment could not be found on vercel|this deployment cannot be found|vercel security checkpoint/, weight: 2, evidence: "Vercel's error page" },
  ],
  judge: judgeVercel,
  ownPaths: ['/.well-known/vercel/', '/_vercel/'],
  status: statuspage('https://www.vercel-status.com', false),
};

function judgeVercel(ctx: Context): Verdict | undefined {
  if (/challenge|deny|block/i.test(ctx.header('x-vercel-mitigated') ?? '')) {
    return generated('block', `x-vercel-mitigated: ${ctx.header('x-vercel-mitigated')} — Vercel's firewall checked this request, not an outage`);
  }
  if (ctx.page.includes('vercel security checkpoint')) return generated('block', "Vercel's Security Checkpoint: a bot check, not an outage");
  const code = (ctx.header('x-vercel-error') ?? /\b[Cc]ode:\s*([A-Z][A-Z0-9_]{3,})\b/.exec(ctx.rawPage)?.[1] ?? VERCEL_CODE.exec(ctx.rawPage)?.[1] ?? '').trim();
  if (code === '') {
    return CRASHED_JSON.test(ctx.page) ? generated('origin', "Vercel's JSON answer for a crashed function ('A server error has occurred'): the site's own code failed") : undefined;
  }
  const failure = lookupCode(VERCEL_CODES, VERCEL_PREFIXES, code) ?? failureOfStatus(ctx.status);
  return generated(failure, `Vercel error ${code}`, code);
}
