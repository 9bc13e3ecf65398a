import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { bearer, register } from './support/actors';
import { expectProblem } from './support/identity-helpers';

/** Webhook targets as production checks them (private targets not allowed). */
describe('webhook addresses (production rules)', () => {
  let ctx: ApiTestContext;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'false';
    ctx = await startApi();
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    process.env = saved;
  });

  it('accepts public IPv6 literals and refuses private, loopback, link-local, mapped and NAT64 ones', async () => {
    const owner = await register(ctx, ['supplier']);
    const create = (url: string) =>
      request(ctx.url).post('/api/v1/webhooks').set(bearer(owner)).send({ url });
    for (const url of [
      'https://[2001:4860:4860::8888]/',
      'https://[2606:4700:4700::1111]:8443/niaz',
      'https://hooks.example.com/niaz',
    ]) {
      const res = await create(url);
      expect([url, res.status]).toEqual([url, 201]);
      expect(res.body.url).toBe(url);
    }
    for (const url of [
      'https://[::1]/',
      'https://[::]/',
      'https://[fe80::1]/',
      'https://[fd12:3456::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[64:ff9b::a9fe:a9fe]/', // NAT64 of 169.254.169.254
      'https://[2002:7f00:1::1]/', // 6to4 of 127.0.0.1
      'https://127.0.0.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/',
      'http://[2001:4860:4860::8888]/', // https only
    ]) {
      expectProblem(await create(url), 400, 'url');
    }
  });
});
