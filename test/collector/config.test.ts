import { describe, expect, it } from 'vitest';
import { readConfig } from '../../collector/config';

describe('collector config', () => {
  it('defaults to SQLite on loopback with k = 5', () => {
    expect(readConfig({})).toEqual({ host: '127.0.0.1', port: 8787, sqlitePath: 'collector/.data/reports.sqlite', k: 5, ratePerMinute: 120, trustProxy: false, retentionDays: 8 });
  });

  it('reads every setting from the environment', () => {
    const env = { HOST: '::1', PORT: '0', DATABASE_URL: 'postgresql://db/x', COLLECTOR_DB: '/tmp/r.sqlite', K_ANONYMITY: '10', RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '2', RETENTION_DAYS: '30' };
    expect(readConfig(env)).toEqual({ host: '::1', port: 0, databaseUrl: 'postgresql://db/x', sqlitePath: '/tmp/r.sqlite', k: 10, ratePerMinute: 0, trustProxy: 2, retentionDays: 30 });
  });

  it('trusts X-Forwarded-For only from listed proxy addresses and ranges, or a hop count', () => {
    expect(readConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,2001:db8::/32' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16', '2001:db8::/32']);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    for (const nonsense of ['true', 'yes', '*', '10.0.0.0/40', '10.0.0', '0', '33', '10.0.0.1,']) expect(() => readConfig({ TRUST_PROXY: nonsense }), nonsense).toThrow(/TRUST_PROXY/);
  });

  it('refuses nonsense with the variable named', () => {
    expect(() => readConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
    expect(() => readConfig({ K_ANONYMITY: '0' })).toThrow(/K_ANONYMITY/);
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readConfig({ K_ANONYMITY: '2.5' })).toThrow(/K_ANONYMITY/);
  });
});
