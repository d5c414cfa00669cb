// The popup in each of Detour's languages: which languages the build carries, and the scenarios that test
// a translation hardest (long host names and product names inside a sentence, a page's parts by provider).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Scenario, scenarioNamed } from './scenarios';

/** The _locales folders of a build (Chrome's codes: de, pt_BR, zh_CN), English first. */
export function localesOf(dist: string): string[] {
  const locales = readdirSync(join(dist, '_locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return ['en', ...locales.filter((locale) => locale !== 'en')];
}

/**
 * Whether fontconfig, through which Chromium on Linux finds its fonts, knows one with the language's letters.
 * Without one, Japanese and Chinese show as boxes of another width than the real glyphs, and nothing
 * measured of them says whether a person's popup fits (Debian: fonts-noto-cjk).
 */
export function hasFontFor(lang: string): boolean {
  return execFileSync('fc-list', [`:lang=${lang.toLowerCase().replace('_', '-')}`, 'family'], { encoding: 'utf8' }).trim() !== '';
}

/**
 * The load balancer's 502 again, on a host name about as long as real ones get: the headline puts it and
 * "AWS Elastic Load Balancing" into one sentence, which no translation may push out of the popup.
 */
export const LONG_HOST_ORIGIN: Scenario = {
  ...scenarioNamed('elb-502'),
  name: 'elb-502-long-host',
  summary: 'Application Load Balancer 502 on a 66-character host name',
  host: 'customer-portal.eu-central-1.greywater-logistics-international.com',
};

/** What the locale screenshots show, by file name: the scenario whose tab the popup is opened on. */
export const LOCALE_VIEWS = {
  'edge-failure': 'cloudflare-500', // Cloudflare's own edge failed
  'origin-long-host': LONG_HOST_ORIGIN.name,
  'bot-check': 'cloudflare-challenge',
  'page-parts': 'three-providers', // the page loaded; its parts fail at three providers
  history: 'cloudflare-500', // the history view, opened from the edge failure's popup
} as const;
