import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../../src/core/private-host';

describe('isPrivateHost', () => {
  it('names this machine, intranets and private addresses', () => {
    for (const host of ['localhost', 'app.localhost', 'printer', 'nas.local', 'wiki.corp.internal', 'router.lan', 'tv.home.arpa', '10.1.2.3', '172.16.0.9', '192.168.1.1', '127.0.0.1', '169.254.10.1', '100.64.3.2', '0.0.0.0', '[::1]', '::1', 'fd12:3456:789a::1', 'fe80::1', '::ffff:192.168.0.1', '']) {
      expect(isPrivateHost(host), host).toBe(true);
    }
  });

  it('leaves public names and addresses alone', () => {
    for (const host of ['shop.example', 'www.bbc.co.uk', 'example.localhost.com', 'internal.example.com', '8.8.8.8', '104.16.1.1', '2606:4700::1111', '[2606:4700::1111]']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
  });
});
