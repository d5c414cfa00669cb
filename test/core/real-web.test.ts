// The rules that read what real failures show, one at a time (the corpus in test/captures scores them
// together on real responses; these pin each rule's edges).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import { readHost } from '../../src/core/context';
import { explainHeadline } from '../../src/core/explain/headline';
import { say } from './explain/say';

const at = (url: string, statusCode: number, bodyText?: string, headers: Record<string, string> = {}) =>
  classify({ url, statusCode, type: 'xmlhttprequest', responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })), ...(bodyText === undefined ? {} : { bodyText }) });

describe("a provider's own service host", () => {
  it("files a 5xx as the provider's own failure", () => {
    expect(at('https://dynamodb.us-east-1.amazonaws.com/', 500)).toMatchObject({ provider: 'aws', failure: 'edge' });
    expect(at('https://api.github.com/repos/a/b', 502)).toMatchObject({ provider: 'github', failure: 'edge', service: 'api' });
    expect(at('https://www.googleapis.com/storage/v1/b/x', 503)).toMatchObject({ provider: 'google', failure: 'edge' });
    expect(at('https://api.cloudflare.com/client/v4/zones', 504)).toMatchObject({ provider: 'cloudflare', failure: 'edge' });
    expect(at('https://acct.blob.core.windows.net/c/b', 500)).toMatchObject({ provider: 'azure', failure: 'edge' });
  });

  it('leaves 4xx to their own meaning: a rate limit or refusal is a block, a missing path the request', () => {
    expect(at('https://api.github.com/repos/a/b', 403, '{"message": "API rate limit exceeded for 1.2.3.4.", "documentation_url": "https://docs.github.com/rest"}')).toMatchObject({ provider: 'github', failure: 'block' });
    expect(at('https://raw.githubusercontent.com/a/b/main/x.sh', 429)).toMatchObject({ provider: 'github', failure: 'block' });
    expect(at('https://api.github.com/nope', 404)).toMatchObject({ provider: 'github', failure: 'client' });
  });

  it("does not take a customer's server on the provider's domain for the provider's own", () => {
    expect(at('https://ec2-3-80-1-2.compute-1.amazonaws.com/', 502).provider).toBeNull();
    expect(at('https://my-alb-123.us-east-1.elb.amazonaws.com/', 502)).toMatchObject({ provider: 'aws', failure: 'origin', service: 'elb' });
    expect(at('https://abc123.execute-api.eu-west-1.amazonaws.com/prod/x', 504)).toMatchObject({ provider: 'aws', failure: 'origin' });
    expect(at('https://shop.workers.dev/', 500).failure).not.toBe('edge');
  });
});

describe('the page alone', () => {
  it("reads Cloudflare's template in part", () => {
    expect(at('', 521, 'Web server is down Error code 521')).toMatchObject({ provider: 'cloudflare', failure: 'origin', code: '521' });
    expect(at('', 500, 'Internal server error Error code 500 Visit cloudflare.com for more information.')).toMatchObject({ provider: 'cloudflare', failure: 'edge' });
    expect(at('', 403, 'error code: 1020')).toMatchObject({ provider: 'cloudflare', failure: 'block', code: '1020' });
  });

  it("reads Cloudflare's page from its title alone, or from one hop box", () => {
    expect(classify({ url: '', statusCode: 502, title: 'shop.example | 502: Bad gateway' })).toMatchObject({ provider: 'cloudflare', failure: 'origin' });
    expect(classify({ url: '', statusCode: 500, title: 'Worker threw exception | shop.example | Cloudflare' })).toMatchObject({ provider: 'cloudflare', failure: 'origin' });
    expect(at('', 502, 'Bad gateway Error code 502 shop.example Host Error')).toMatchObject({ provider: 'cloudflare', failure: 'origin' });
    expect(at('', 403, 'Cloudflare Error 1020 Access denied').failure).toBe('block');
  });

  it('is not fooled by a page that merely names a provider', () => {
    const page = '<html><head><title>500 Internal Server Error</title><script src="https://cdnjs.cloudflare.com/ajax/libs/jquery.js"></script></head><body>Something broke. Our CDN is Cloudflare.</body></html>';
    expect(at('https://shop.example/', 500, page)).toMatchObject({ provider: null, failure: 'origin' });
  });

  it('reads provider API error formats', () => {
    expect(at('', 500, '<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Receiver</Type><Code>InternalError</Code></Error></ErrorResponse>')).toMatchObject({ provider: 'aws', failure: 'edge', service: 'sqs', code: 'InternalError' });
    expect(at('', 400, '{"__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "message": "Rate exceeded"}')).toMatchObject({ provider: 'aws', failure: 'block' });
    expect(at('', 503, '{"error": {"code": 503, "message": "The service is currently unavailable.", "status": "UNAVAILABLE"}}')).toMatchObject({ provider: 'google', failure: 'edge', code: 'UNAVAILABLE' });
    expect(at('', 429, '{"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}')).toMatchObject({ provider: 'google', failure: 'block' });
    expect(at('', 500, '500: INTERNAL_SERVER_ERROR\nCode: FUNCTION_INVOCATION_FAILED\nID: fra1::abcde-1700000000000-0123456789ab')).toMatchObject({ provider: 'vercel', failure: 'origin', code: 'FUNCTION_INVOCATION_FAILED' });
  });

  it("reads the pages of Azure's IIS front end, Bunny's as text and Vercel's crashed-function JSON", () => {
    const arr = '502 - Web server received an invalid response while acting as a gateway or proxy server.';
    expect(at('', 502, arr)).toMatchObject({ provider: 'azure', failure: 'origin' });
    expect(at('', 504, 'ERROR 504\nGateway Timeout\nWe could not establish a connection to shop.example')).toMatchObject({ provider: 'bunny', failure: 'origin' });
    expect(at('', 500, '{"error": {"code": "500", "message": "A server error has occurred"}}')).toMatchObject({ provider: 'vercel', failure: 'origin' });
    // Someone else's words are not the template.
    expect(at('', 500, '{"error": "A server error has occurred"}').provider).toBeNull();
    expect(at('', 502, 'We could not establish a connection to the database').provider).toBeNull();
  });

  it("reads Cloudflare's rate limit as a client renders it", () => {
    expect(at('', 429, 'Call api error: 429 Too many requests. Error code: 1015')).toMatchObject({ provider: 'cloudflare', failure: 'block', code: '1015' });
    expect(at('', 429, 'Too many requests, error code 42').provider).toBeNull();
  });
});

describe("Cloudflare's challenge as a 503 (until 2021)", () => {
  const challenge = { server: 'cloudflare', 'cf-ray': '57f6baa2490ecabc-YYZ', 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'no-cache' };
  it('is a block when Cloudflare made the 503 itself, with its challenge headers', () => {
    expect(at('https://shop.example/', 503, undefined, challenge)).toMatchObject({ provider: 'cloudflare', failure: 'block' });
  });
  it("is the origin's 503 when it came from the origin, or the headers differ", () => {
    expect(at('https://shop.example/', 503, undefined, { ...challenge, 'cf-cache-status': 'DYNAMIC' })).toMatchObject({ provider: 'cloudflare', failure: 'origin' });
    expect(at('https://shop.example/', 503, undefined, { ...challenge, 'x-frame-options': 'DENY' })).toMatchObject({ provider: 'cloudflare', failure: 'origin' });
    expect(at('https://shop.example/', 503, undefined, { server: 'cloudflare', 'cf-ray': '57f6baa2490ecabc-YYZ', 'x-frame-options': 'SAMEORIGIN' })).toMatchObject({ failure: 'origin' });
    expect(at('https://shop.example/', 502, undefined, challenge).failure).not.toBe('block');
  });
});

describe('the page alone, API shapes', () => {
  it("reads a 200 whose body is S3's error document as that error", () => {
    expect(at('', 200, '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>1</RequestId><HostId>h</HostId></Error>')).toMatchObject({ provider: 'aws', failure: 'edge' });
    expect(at('https://shop.example/', 200, '<html><body>Our error codes: <code>E1</code></body></html>').failure).toBe('none');
  });
});

describe('readHost', () => {
  it('reads a redacted host in brackets as a name, not an IPv6 literal', () => {
    expect(readHost('http://[REDACTED].ams3.digitaloceanspaces.com/x')).toBe('[redacted].ams3.digitaloceanspaces.com');
    expect(readHost('http://[2606:4700::1]:8080/')).toBe('[2606:4700::1]');
  });
});

describe("the headline for a provider's own service", () => {
  it('says the provider itself is failing, with no site behind it to reassure about', () => {
    const d = at('https://pubsub.googleapis.com/v1/projects/p/topics', 503, '{"error": {"code": 503, "message": "x", "status": "UNAVAILABLE"}}');
    expect(say(explainHeadline(d, 'pubsub.googleapis.com'))).toBe('Google APIs itself is failing (pubsub.googleapis.com)');
    const gh = at('https://api.github.com/repos/a/b', 502);
    expect(say(explainHeadline(gh, 'api.github.com', 'shop.example'))).toBe('Parts of shop.example are failing: the GitHub API itself is failing (api.github.com)');
    const site = at('https://shop.example/', 500, 'Internal server error Error code 500 Visit cloudflare.com for more information.');
    expect(say(explainHeadline(site, 'shop.example'))).toMatch(/the site itself may be fine/);
  });
});
