import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidEnvironmentError, loadAppConfig as load } from './app-config';

const DATA_DIR = mkdtempSync(join(tmpdir(), 'niaz-config-'));
const loadAppConfig = (env: NodeJS.ProcessEnv) => load({ NIAZ_DATA_DIR: DATA_DIR, ...env });

describe('loadAppConfig', () => {
  it('applies defaults and converts types', () => {
    const config = loadAppConfig({ PORT: '4000', WEBHOOKS_ALLOW_PRIVATE: 'true' });
    expect(config.env.PORT).toBe(4000);
    expect(config.env.WEBHOOKS_ALLOW_PRIVATE).toBe(true);
    expect(config.env.MATCH_TOP_N).toBe(20);
    expect(config.corsOrigins).toEqual(['http://localhost:3000', 'http://localhost:5173']);
  });

  it('names every wrong variable', () => {
    expect(() => loadAppConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      InvalidEnvironmentError,
    );
    try {
      loadAppConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT="abc"/);
      expect((e as Error).message).toMatch(/DATABASE_URL="mysql:\/\/x"/);
    }
  });

  it('refuses to start in production without every secret', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/UNSUBSCRIBE_KEY/);
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /UNSUBSCRIBE_KEY: must be set in production/,
    );
    const ok = loadAppConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(32),
      UNSUBSCRIBE_KEY: 'u'.repeat(32),
    });
    expect(ok.env.JWT_SECRET).toBe('j'.repeat(32));
    expect(ok.env.UNSUBSCRIBE_KEY).toBe('u'.repeat(32));
  });

  it('elsewhere generates random secrets once and keeps them under the data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'niaz-secrets-'));
    const first = load({ NIAZ_DATA_DIR: dir });
    const second = load({ NIAZ_DATA_DIR: dir });
    expect(first.env.JWT_SECRET).toMatch(/^[\w-]{43}$/);
    expect(first.env.UNSUBSCRIBE_KEY).toMatch(/^[\w-]{43}$/);
    expect(first.env.UNSUBSCRIBE_KEY).not.toBe(first.env.JWT_SECRET);
    expect(second.env.JWT_SECRET).toBe(first.env.JWT_SECRET);
    expect(second.env.UNSUBSCRIBE_KEY).toBe(first.env.UNSUBSCRIBE_KEY);
    const file = join(dir, 'secrets.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).JWT_SECRET).toBe(first.env.JWT_SECRET);
    expect(statSync(file).mode & 0o077).toBe(0); // readable by its owner only
    // Another data folder (another machine) gets other secrets: nothing is known in advance.
    const other = load({ NIAZ_DATA_DIR: mkdtempSync(join(tmpdir(), 'niaz-secrets-')) });
    expect(other.env.JWT_SECRET).not.toBe(first.env.JWT_SECRET);
    // A secret given in the environment wins over the kept one.
    expect(load({ NIAZ_DATA_DIR: dir, JWT_SECRET: 'e'.repeat(20) }).env.JWT_SECRET).toBe(
      'e'.repeat(20),
    );
  });

  it('parses CORS wildcard', () => {
    expect(loadAppConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe(true);
  });

  it('reads TRUST_PROXY as a boolean, a hop count or a list of addresses', () => {
    expect(loadAppConfig({}).trustProxy).toBe('loopback');
    expect(loadAppConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadAppConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe(
      '10.0.0.0/8, loopback',
    );
    expect(() => loadAppConfig({ TRUST_PROXY: 'x;rm' })).toThrow(/TRUST_PROXY/);
  });
});
