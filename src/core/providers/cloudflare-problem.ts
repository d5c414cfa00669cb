// Cloudflare's RFC 9457 problem JSON (providers.md §1.1 "Structured errors").
export interface Problem { code?: string; category?: string; rayId?: string }

export function readProblem(rawPage: string): Problem | undefined {
  const start = rawPage.indexOf('{');
  if (start < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(rawPage.slice(start));
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object') return undefined;
  const o = json as Record<string, unknown>;
  if (o.cloudflare_error !== true && o.error_category === undefined) return undefined;
  const problem: Problem = {};
  if (typeof o.error_code === 'number' || typeof o.error_code === 'string') problem.code = String(o.error_code);
  if (typeof o.error_category === 'string') problem.category = o.error_category;
  if (typeof o.ray_id === 'string') problem.rayId = o.ray_id;
  return problem;
}
