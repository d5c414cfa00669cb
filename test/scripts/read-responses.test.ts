import { describe, expect, it } from 'vitest';
import { ReadError, readResponses } from '../../scripts/lib/read-responses';

describe('readResponses', () => {
  it('reads `curl -i` output with a redirect before the failure, and the URL from the command line', () => {
    const text = [
      '$ curl -iL https://shop.example/cart',
      'HTTP/1.1 301 Moved Permanently',
      'Location: https://www.shop.example/cart',
      '',
      'HTTP/2 522 ',
      'server: cloudflare',
      'cf-ray: 8f2c1a7b9d3e4f50-FRA',
      '',
      '<html><head><title>shop.example | 522: Connection timed out</title></head></html>',
    ].join('\n');
    const { kind, responses } = readResponses(text);
    expect(kind).toBe('curl -i');
    expect(responses.map((r) => r.observation.statusCode)).toEqual([301, 522]);
    const failing = responses[1]!.observation;
    expect(failing.url).toBe('https://shop.example/cart');
    expect(failing.responseHeaders).toEqual([{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }]);
    expect(failing.title).toBe('shop.example | 522: Connection timed out');
  });

  it('reads `curl -v` output: the request line and host give the URL, `<` lines the response', () => {
    const text = [
      '*   Trying 151.101.2.217:443...',
      '* Connected to cache.example (151.101.2.217) port 443 (#0)',
      '> GET /x.narinfo HTTP/1.1',
      '> Host: cache.example',
      '> User-Agent: curl/8.0',
      '>',
      '< HTTP/1.1 503 first byte timeout',
      '< Server: Varnish',
      '< X-Served-By: cache-ams4123-AMS',
      '<',
      'Error 503 first byte timeout',
      '* Connection #0 to host cache.example left intact',
    ].join('\n');
    const { kind, responses } = readResponses(text);
    expect(kind).toBe('curl -v');
    expect(responses).toHaveLength(1);
    const obs = responses[0]!.observation;
    expect(obs.url).toBe('https://cache.example/x.narinfo');
    expect(obs.statusCode).toBe(503);
    expect(obs.statusLine).toBe('HTTP/1.1 503 first byte timeout');
    expect(obs.responseHeaders?.map((h) => h.name)).toEqual(['Server', 'X-Served-By']);
    expect(obs.bodyText).toBe('Error 503 first byte timeout');
  });

  it('reads every HAR entry, its resource type, base64 bodies and network errors', () => {
    const har = {
      log: {
        entries: [
          { _resourceType: 'document', request: { url: 'https://a.example/' }, response: { status: 500, statusText: 'Internal Server Error', httpVersion: 'h2', headers: [{ name: 'server', value: 'cloudflare' }], content: { text: Buffer.from('<title>a.example | 500: Internal server error</title>').toString('base64'), encoding: 'base64' } } },
          { _resourceType: 'xhr', request: { url: 'https://api.a.example/v1' }, response: { status: 0, headers: [], _error: 'net::ERR_CONNECTION_REFUSED', content: {} } },
        ],
      },
    };
    const { kind, responses } = readResponses(JSON.stringify(har));
    expect(kind).toBe('HAR');
    expect(responses[0]!.observation).toMatchObject({ url: 'https://a.example/', type: 'main_frame', statusCode: 500, statusLine: 'HTTP/2 500 Internal Server Error', title: 'a.example | 500: Internal server error' });
    expect(responses[1]!.observation).toMatchObject({ type: 'xmlhttprequest', error: 'net::ERR_CONNECTION_REFUSED' });
    expect(responses[1]!.observation.statusCode).toBeUndefined();
  });

  it('says a truncated HAR file is truncated', () => {
    const cut = JSON.stringify({ log: { version: '1.2', entries: [{ request: { url: 'https://a.example/' } }] } }).slice(0, 60);
    expect(() => readResponses(cut)).toThrow(/HAR file is truncated/);
  });

  it('refuses input that holds no response, and a capture that is not one', () => {
    expect(() => readResponses('hello world')).toThrow(ReadError);
    expect(() => readResponses('')).toThrow(/empty/);
    expect(() => readResponses('{"source": "x"}')).toThrow(/neither a HAR file nor a capture/);
  });

  it('reads a capture with its label', () => {
    const capture = { source: 'o/r#1', status: 503, headers: { server: 'Varnish' }, expected: { provider: 'fastly', failure: 'edge' }, note: 'a note long enough to explain the label' };
    const { kind, responses } = readResponses(JSON.stringify(capture));
    expect(kind).toBe('capture');
    expect(responses[0]).toMatchObject({ label: { provider: 'fastly', failure: 'edge' }, source: 'o/r#1', observation: { statusCode: 503 } });
  });
});
