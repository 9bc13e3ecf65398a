import request from 'supertest';
import { DEMO_ACCESS } from '../scripts/demo/demo-env';
import { ApiTestContext, startApi } from './support/api-app';
import { API, registerBody } from './support/identity-helpers';

/**
 * The demo's settings let a scripted client on the same machine work at full speed:
 * dozens of registrations a minute and a few hundred requests a second from 127.0.0.1,
 * none limited, and new accounts may act at once.
 */
describe('demo settings: scripted clients on one machine are not limited', () => {
  let ctx: ApiTestContext;
  const saved = { ...process.env };

  beforeAll(async () => {
    Object.assign(process.env, DEMO_ACCESS);
    ctx = await startApi();
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
    process.env = saved;
  });

  async function inParallel<T>(n: number, width: number, task: (i: number) => Promise<T>) {
    const out: T[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < n) {
          const i = next++;
          out[i] = await task(i);
        }
      }),
    );
    return out;
  }

  it('60 registrations and 1,200 writes from 127.0.0.1, at once, meet no 429', async () => {
    const registered = await inParallel(60, 6, async () => {
      const res = await request(ctx.url).post(`${API}/auth/register`).send(registerBody());
      return res;
    });
    expect(registered.map((r) => r.status)).toEqual(Array(60).fill(201));
    const token = registered[0].body.accessToken as string;
    // New accounts act at once (verification is optional in the demo).
    expect(registered[0].body.user.emailVerified).toBe(false);

    // A few hundred requests a second from one address: every write counts against the
    // per-address limit (these are refused by the api for their own reason, 401, never 429).
    const started = Date.now();
    const statuses = await inParallel(1000, 50, async () => {
      const res = await request(ctx.url)
        .post(`${API}/auth/refresh`)
        .send({ refreshToken: 'not.a-token' });
      return res.status;
    });
    const seconds = (Date.now() - started) / 1000;
    expect(statuses.filter((s) => s !== 401)).toEqual([]);
    process.stderr.write(
      `[demo-limits] 1000 writes from one address in ${seconds.toFixed(1)} s (${Math.round(1000 / seconds)}/s)\n`,
    );
    // One user writing fast is not limited either.
    const mine = await inParallel(200, 20, async (i) => {
      const res = await request(ctx.url)
        .patch(`${API}/me`)
        .set('authorization', `Bearer ${token}`)
        .send({ name: `Scripted ${i}` });
      return res.status;
    });
    expect(mine.filter((s) => s !== 200)).toEqual([]);
  }, 180_000);
});
