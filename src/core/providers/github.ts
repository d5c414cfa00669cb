// GitHub Pages (served through Fastly): providers.md §1.9.
import type { Context } from '../context';
import type { ProviderModule, Verdict } from '../signals';
import { generated } from '../verdict';

export const github: ProviderModule = {
  id: 'github',
  name: 'GitHub Pages',
  depth: 2,
  services: ['pages'],
  headers: [
    { header: 'server', prefix: 'github.com', weight: 2, evidence: 'server: GitHub.com', service: 'pages' },
    { header: 'x-github-request-id', weight: 2, evidence: 'x-github-request-id header', requestId: true },
  ],
  hosts: [{ key: 'github.io', service: 'pages', evidence: 'host is on github.io' }],
  pages: [{ find: "there isn't a github pages site here", weight: 2, evidence: "GitHub's 'There isn't a GitHub Pages site here.'" }],
  judge: judgeGithub,
};

function judgeGithub(ctx: Context): Verdict | undefined {
  if (ctx.page.includes("there isn't a github pages site here")) return generated('origin', 'GitHub Pages: no site is published for this domain');
  // Pages has no customer origin: a 5xx on it is GitHub's (or its Fastly edge's) own failure.
  if (ctx.status >= 500) return generated('edge', `GitHub Pages answered ${ctx.status}: Pages serves static files, so GitHub's side failed`);
  return undefined;
}
