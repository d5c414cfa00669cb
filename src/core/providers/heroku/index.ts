// Heroku: providers.md §1.10.
import type { Context } from '../../context';
import type { ProviderModule, Verdict } from '../../signals';
import { generated } from '../../verdict';
import { HEROKU_CODES } from './codes';

export const heroku: ProviderModule = {
  id: 'heroku',
  name: 'Heroku',
  depth: 2,
  headers: [
    { header: 'via', contains: 'vegur', weight: 2, evidence: 'via: 1.1 vegur (Heroku router)' },
    { header: 'server', prefix: 'heroku', weight: 2, evidence: 'server: heroku' },
    { header: 'server', prefix: 'cowboy', weight: 1, evidence: 'server: Cowboy (legacy Heroku router)' },
  ],
  hosts: [
    { key: 'herokuapp.com', evidence: 'host is on herokuapp.com' },
    { key: 'herokudns.com', evidence: 'host is on herokudns.com' },
    { key: 'heroku.com', own: true, evidence: "host is Heroku's own (its API and dashboard)" },
  ],
  pages: [
    { find: 'herokucdn.com/error-pages', weight: 2, evidence: "Heroku's error page (herokucdn.com/error-pages)" },
    { find: /heroku \| no such app|no such app[\s\S]{0,200}heroku/, weight: 2, evidence: "Heroku's 'No such app' page" },
    { find: /application error[\s\S]{0,400}heroku/, weight: 2, evidence: "Heroku's 'Application error' page" },
    { find: 'an error occurred in the application and your page could not be served', weight: 2, evidence: "Heroku's 'Application error' page text" },
    { find: /heroku\[router\]: at=error code=h\d\d/, weight: 2, evidence: "Heroku's router log line (at=error code=H…)" },
  ],
  judge: judgeHeroku,
};

function judgeHeroku(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  const code = /\b(?:code=)?(h\d{2})\b/.exec(page)?.[1]?.toUpperCase();
  const known = code !== undefined ? HEROKU_CODES[code] : undefined;
  if (known !== undefined) return generated(known[0], `Heroku router ${code}: ${known[1]}`, code);
  if (page.includes('no such app') || page.includes("there's nothing here, yet") || page.includes('there’s nothing here, yet')) return generated('origin', 'Heroku: no app is set up for this domain');
  if (page.includes('application error') || page.includes('herokucdn.com/error-pages')) {
    return generated('origin', "Heroku's 'Application error': the app behind Heroku's router failed");
  }
  return undefined;
}
