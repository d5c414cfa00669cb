// Vercel: providers.md §1.7.
import type { Context } from '../context';
import type { ProviderModule, Verdict } from '../signals';
import { failureOfStatus, generated, lookupCode } from '../verdict';
import { VERCEL_CODES, VERCEL_PREFIXES } from './vercel-codes';

const vercelPop = (value: string): string | undefined => /^([a-z]{3}\d)::/.exec(value.trim())?.[1];

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
  ],
  hosts: [{ key: 'vercel.app', evidence: 'host is on vercel.app' }],
  pages: [{ find: 'vercel is working correctly', weight: 2, evidence: "Vercel's error page ('Vercel is working correctly')" }],
  judge: judgeVercel,
};

function judgeVercel(ctx: Context): Verdict | undefined {
  if (/challenge|deny|block/i.test(ctx.header('x-vercel-mitigated') ?? '')) {
    return generated('block', `x-vercel-mitigated: ${ctx.header('x-vercel-mitigated')} — Vercel's firewall checked this request, not an outage`);
  }
  const code = (ctx.header('x-vercel-error') ?? /\b[Cc]ode:\s*([A-Z][A-Z0-9_]{3,})\b/.exec(ctx.rawPage)?.[1] ?? '').trim();
  if (code === '') return undefined;
  const failure = lookupCode(VERCEL_CODES, VERCEL_PREFIXES, code) ?? failureOfStatus(ctx.status);
  return generated(failure, `Vercel error ${code}`, code);
}
