// GitHub: Pages (served through Fastly, providers.md §1.9) and GitHub's own hosts (the site, its API, raw
// files, archives, the container registry), where a 5xx is GitHub failing and a rate limit is a block.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { generated } from '../../verdict';
import { parseGithubMeta } from './ranges';

export const github: ProviderModule = {
  id: 'github',
  name: 'GitHub',
  depth: 2,
  services: ['pages', 'api', 'packages'],
  headers: [
    { header: 'server', prefix: 'github.com', weight: 2, evidence: 'server: GitHub.com', service: 'pages' },
    { header: 'x-github-request-id', weight: 2, evidence: 'x-github-request-id header', requestId: true },
    { header: 'x-github-media-type', weight: 2, evidence: 'x-github-media-type header (the GitHub API)', service: 'api' },
  ],
  hosts: [
    { key: 'github.io', service: 'pages', evidence: 'host is on github.io' },
    { key: 'github.com', match: /^api\.github\.com$|^uploads\.github\.com$/, service: 'api', own: true, evidence: "host is GitHub's API" },
    { key: 'github.com', own: true, evidence: "host is GitHub's own" },
    { key: 'githubusercontent.com', own: true, evidence: "host serves GitHub's raw files and release assets" },
    { key: 'ghcr.io', service: 'packages', own: true, evidence: "host is GitHub's container registry" },
    { key: 'githubassets.com', own: true, evidence: "host is GitHub's static assets" },
  ],
  pages: [
    { find: /"?documentation_url"?\s*[:=]\s*"?https:\/\/(?:docs|developer)\.github\.com|developer\.github\.com\/v3\/#|\(octokit::[a-z]+\)/, weight: 2, evidence: "the GitHub API's error format (documentation_url, Octokit)", service: 'api', own: true },
    { find: /no server is currently available to service your request|scraping github and how it may affect your rights|unicorn! · github/, weight: 2, evidence: "GitHub's own error page" },
    { find: /there isn(?:'|’)t a github pages? (?:site )?here/, weight: 2, evidence: "GitHub's 'There isn't a GitHub Pages site here.'" },
  ],
  judge: judgeGithub,
  products: { pages: 'GitHub Pages', api: 'the GitHub API', packages: 'GitHub Packages' },
  rangeLists: [{ id: 'github', url: 'https://api.github.com/meta', format: 'github-meta', parse: parseGithubMeta, services: ['pages'] }],
  // GitHub Pages apex addresses (api.github.com/meta "pages")
  seedRanges: { service: 'pages', cidrs: ['185.199.108.0/22', '2606:50c0:8000::/46'] },
  status: statuspage('https://www.githubstatus.com', true),
};

const RATE_LIMIT = /rate limit|too many requests/;

function judgeGithub(ctx: Context): Verdict | undefined {
  if (/there isn(?:'|’)t a github pages? (?:site )?here/.test(ctx.page)) return generated('origin', 'GitHub Pages: no site is published for this domain', undefined, 'pages');
  if (ctx.status === 429 || ((ctx.status === 403 || ctx.status === 429) && (RATE_LIMIT.test(ctx.page) || ctx.header('x-ratelimit-remaining') === '0'))) {
    return generated('block', "GitHub's rate limit: it refuses further requests for a while, not an outage");
  }
  // Pages has no customer origin: a 5xx on it is GitHub's (or its Fastly edge's) own failure.
  if (ctx.status >= 500) return generated('edge', `GitHub answered ${ctx.status}: GitHub's own service (or Pages, which has no site server behind it) failed`);
  return undefined;
}
