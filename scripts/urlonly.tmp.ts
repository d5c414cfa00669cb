import { readCaptures } from './lib/captures';
const { captures } = readCaptures();
for (const c of captures) if (!c.headers && !c.title && !c.body) console.log(c.id.padEnd(60), c.status, (c.url ?? '').slice(0, 70), c.expected.provider, c.expected.failure);
