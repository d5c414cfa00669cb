// Where each provider publishes its status (providers.md §3.2). `verified: false` marks the [U] rows:
// configurable guesses that a user or a later check may correct. Heroku (own API), Render, Bunny and
// Azure (RSS) have no parser yet, so no feed.
export type FeedKind = 'statuspage' | 'aws-health' | 'google-cloud';

export interface StatusFeed {
  provider: string;
  kind: FeedKind;
  url: string; // the machine-readable feed
  page: string; // the human page, for a link
  verified: boolean;
}

const statuspage = (provider: string, page: string, verified: boolean): StatusFeed =>
  ({ provider, kind: 'statuspage', url: `${page}/api/v2/summary.json`, page, verified });

export const STATUS_FEEDS: Readonly<Record<string, StatusFeed>> = {
  cloudflare: statuspage('cloudflare', 'https://www.cloudflarestatus.com', true),
  github: statuspage('github', 'https://www.githubstatus.com', true),
  digitalocean: statuspage('digitalocean', 'https://status.digitalocean.com', true),
  fastly: statuspage('fastly', 'https://www.fastlystatus.com', false),
  akamai: statuspage('akamai', 'https://www.akamaistatus.com', false),
  vercel: statuspage('vercel', 'https://www.vercel-status.com', false),
  netlify: statuspage('netlify', 'https://www.netlifystatus.com', false),
  fly: statuspage('fly', 'https://status.flyio.net', false),
  aws: { provider: 'aws', kind: 'aws-health', url: 'https://health.aws.amazon.com/public/currentevents', page: 'https://health.aws.amazon.com/health/status', verified: false },
  google: { provider: 'google', kind: 'google-cloud', url: 'https://status.cloud.google.com/incidents.json', page: 'https://status.cloud.google.com', verified: false },
};
