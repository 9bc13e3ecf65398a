import { InvalidEnvironmentError, loadAppConfig } from './app-config';

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

  it('refuses the development JWT secret in production', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
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
