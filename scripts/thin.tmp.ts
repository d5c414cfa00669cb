import { readCaptures } from '../scripts/lib/captures';
import { unlinkSync } from 'node:fs';
const { captures } = readCaptures('/work/main/test/captures');
const seen = new Map<string, string>();
const del: string[] = [];
for (const c of captures) {
  const bare = !(c.status! >= 520 && c.status! <= 526) && !c.headers && !c.title && !c.body && !c.url && !c.error;
  const key = JSON.stringify([c.url, c.status, c.headers, c.title, c.body, c.error]);
  if (bare) { del.push(c.id); console.log('bare', c.id, c.status, c.expected.provider, c.expected.failure); continue; }
  const first = seen.get(key);
  if (first) { del.push(c.id); console.log('dup', c.id, '=', first); continue; }
  seen.set(key, c.id);
}
if (process.argv[2] === '--delete') for (const id of del) unlinkSync(`/work/main/test/captures/${id}.json`);
console.log(del.length);
