// Edge locations come as 'FRA' (cf-ray), 'FRA56-P5' (CloudFront), 'fra1' (Vercel), 'fra' (Fly): group by city.

/** Upper-cased airport code when the location starts with one, else the location itself (capped). */
export function normalizePop(pop: string | undefined): string | undefined {
  if (typeof pop !== 'string') return undefined;
  const text = pop.trim().toUpperCase();
  if (text === '') return undefined;
  const airport = /^([A-Z]{3})(?:$|[\d-])/.exec(text);
  return airport ? airport[1] : text.slice(0, 16);
}
