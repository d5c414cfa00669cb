// The hosts a registrable-domain library is checked on: every host named in the captures, the HAR page
// loads and the tests of the code that asks for registrable domains, plus hosts known to trip libraries up
// (private suffixes, bare suffixes, IDN, IP literals, unknown TLDs). Shared by the bench and the one-off
// comparison of candidate libraries (bench/registrable-domain.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** Test folders whose files name the hosts the report and incident code is tested with. */
const TEST_DIRS = ['test/core/incidents', 'test/core/report', 'test/core', 'test/background', 'test/store', 'test/har', 'test/captures', 'test/captures-unplaceable'];

export const TRICKY_HOSTS: readonly string[] = [
  'a.github.io', 'github.io', 'x.s3.amazonaws.com', 'bucket.s3.eu-west-1.amazonaws.com', 'foo.cloudfront.net', 'a.b.co.uk', 'b.co.uk', 'co.uk',
  'foo.herokuapp.com', 'a.blogspot.com', 'a.blogspot.co.uk', 'a.pages.dev', 'a.b.pages.dev', 'a.vercel.app', 'a.netlify.app',
  'a.azurewebsites.net', 'a.appspot.com', 'a.web.app', 'a.firebaseapp.com', 'a.workers.dev', 'a.fly.dev', 'a.onrender.com',
  'a.azureedge.net', 'a.akamaized.net', 'a.b.c.d.example.com', 'www.example.com.', 'WWW.Example.COM',
  'xn--mnchen-3ya.de', 'www.xn--mnchen-3ya.de', 'xn--fiqs8s', 'a.xn--fiqs8s', 'www.xn--p1ai', 'shop.xn--p1ai', 'münchen.de', 'www.bücher.example',
  '127.0.0.1', '10.0.0.1', '93.184.215.14', '[::1]', '::1', '2001:db8::1', '[2001:db8::1]', 'localhost', 'foo.localhost',
  'intranet', 'my-printer.local', 'host.internal', 'shop.unknowntld', 'a.b.notatld', 'example.zz', 'example.test', 'example.invalid',
  'a.kawasaki.jp', 'city.kawasaki.jp', 'www.ck', 'a.b.ck', 'a.b.bd', 'compute.amazonaws.com', 'ec2-1-2-3-4.compute-1.amazonaws.com',
  'foo.ap-south-1.elasticbeanstalk.com', 'user.gitlab.io', 'x.myshopify.com', 'a.b.uk.com', 'a.co', 'a.com.au', 'a.gov.uk',
  'sub.a.sch.uk', 'example.', '.example.com', 'a..b.com', '-bad-.com', 'a_b.example.com', '',
];

function walk(dir: string, out: string[]): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (dir.endsWith(join('test', 'core')) && !['incidents', 'report'].includes(name)) continue; // only the code that asks for domains
      walk(path, out);
    } else if (/\.(json|ts|har)$/.test(name)) out.push(path);
  }
  return out;
}

const URL_HOST = /\bhttps?:\/\/([^/:"'\s`\\)?#]+)/gi;
const QUOTED_HOST = /['"`]((?:[a-z0-9_-]+\.)+[a-z0-9-]+)['"`]/gi;

/** Every distinct host named in the repository's tests, captures and HARs, then the tricky ones. */
export function domainTestHosts(): string[] {
  const hosts = new Set<string>();
  for (const file of new Set(TEST_DIRS.flatMap((d) => walk(join(ROOT, d), [])))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(URL_HOST)) hosts.add(m[1]!.replace(/\.$/, ''));
    if (file.endsWith('.ts')) for (const m of text.matchAll(QUOTED_HOST)) if (/[a-z]/i.test(m[1]!.split('.').pop()!)) hosts.add(m[1]!);
  }
  for (const host of hosts) if (host.includes('${')) hosts.delete(host);
  return [...hosts, ...TRICKY_HOSTS];
}

/** The two ways Detour asks: the report's domain (ICANN suffixes only) and incidents' sites (private suffixes too). */
export const CALL_SITES = {
  icann: { allowPrivateDomains: false },
  private: { allowPrivateDomains: true, extractHostname: true, validateHostname: true },
} as const;
