import { classify } from '../src/core/classify';
import { readCaptures, observationOf } from '../scripts/lib/captures';
import { judgeCapture } from '../scripts/lib/accuracy';
const filter = process.argv[2] ?? '';
const { captures } = readCaptures();
for (const c of captures) {
  if (!c.id.startsWith(filter)) continue;
  const d = classify(observationOf(c));
  if (judgeCapture(c, d).both) continue;
  const h = c.headers ? Object.entries(c.headers).map(([k, v]) => `${k}: ${String(v).slice(0, 60)}`).join(' | ') : '-';
  console.log(`=== ${c.id}  [${c.status ?? c.error}] url=${c.url ?? '-'} type=${c.type ?? '-'}\n got ${d.provider}/${d.failure}${d.code ? ' ' + d.code : ''} want ${c.expected.provider}/${c.expected.failure}${c.expected.code ? ' ' + c.expected.code : ''}\n H: ${h.slice(0, 400)}\n T: ${c.title ?? '-'}\n B: ${(c.body ?? '-').replace(/\s+/g, ' ').slice(0, 350)}\n N: ${c.note.slice(0, 250)}`);
}
