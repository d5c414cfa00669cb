// Cloudflare's RFC 9457 problem JSON (providers.md §1.1 "Structured errors").
export interface Problem { code?: string; category?: string; rayId?: string }

export function readProblem(rawPage: string): Problem | undefined {
  const start = rawPage.indexOf('{');
  if (start < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(rawPage.slice(start));
  } catch {
    return readProblemText(rawPage.slice(start));
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

/** A problem JSON cut short (a log line, a pasted excerpt): its fields read one by one. */
function readProblemText(text: string): Problem | undefined {
  const code = /"error_code"\s*:\s*"?(\d{3,4})/.exec(text)?.[1] ?? /cloudflare-[15]xxx-errors\/error-(\d{3,4})\b/.exec(text)?.[1];
  const category = /"error_category"\s*:\s*"([a-z_]+)"/.exec(text)?.[1];
  if (code === undefined && category === undefined) return undefined;
  const problem: Problem = {};
  if (code !== undefined) problem.code = code;
  if (category !== undefined) problem.category = category;
  return problem;
}
