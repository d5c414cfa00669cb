import { describe, expect, it } from 'vitest';
import { readConfig } from '../../collector/config';

describe('collector config', () => {
  it('defaults to SQLite on loopback with k = 5', () => {
    expect(readConfig({})).toEqual({ host: '127.0.0.1', port: 8787, sqlitePath: 'collector/.data/reports.sqlite', k: 5, ratePerMinute: 120, trustProxy: false });
  });

  it('reads every setting from the environment', () => {
    const env = { HOST: '::1', PORT: '0', DATABASE_URL: 'postgresql://db/x', COLLECTOR_DB: '/tmp/r.sqlite', K_ANONYMITY: '10', RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '1' };
    expect(readConfig(env)).toEqual({ host: '::1', port: 0, databaseUrl: 'postgresql://db/x', sqlitePath: '/tmp/r.sqlite', k: 10, ratePerMinute: 0, trustProxy: true });
  });

  it('refuses nonsense with the variable named', () => {
    expect(() => readConfig({ K_ANONYMITY: '0' })).toThrow(/K_ANONYMITY/);
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readConfig({ K_ANONYMITY: '2.5' })).toThrow(/K_ANONYMITY/);
  });
});
