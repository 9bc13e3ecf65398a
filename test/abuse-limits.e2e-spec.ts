import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import {
  API,
  expectProblem,
  login,
  PASSWORD,
  randomIp,
  registerBody,
} from './support/identity-helpers';

/**
 * Abuse limits on real Redis, with production-like small limits for this file only: writes
 * per address and per user, registrations per address, failed sign-ins per (account,
 * address) with a slower per-account limit that a stranger cannot turn against the owner.
 */
describe('abuse limits (real Redis, small limits)', () => {
  let ctx: ApiTestContext;
  const saved = { ...process.env };
  const LIMITS = {
    RATE_LIMIT_WRITES_PER_MINUTE_IP: '40',
    RATE_LIMIT_WRITES_PER_MINUTE_USER: '8',
    RATE_LIMIT_REGISTER_PER_HOUR_IP: '3',
    RATE_LIMIT_EMAILS_PER_HOUR: '2',
    LOGIN_RATE_LIMIT: '4',
    LOGIN_RATE_WINDOW_SECONDS: '60',
    LOGIN_ACCOUNT_FAILURE_LIMIT: '10',
    LOGIN_ACCOUNT_WINDOW_SECONDS: '600',
  };

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    ctx = await startApi();
  });
  afterAll(async () => {
    await ctx?.close();
    process.env = saved;
  });

  const api = () => request(ctx.url);
  /** Registers from an address of its own (127.0.0.1 would soon hit the registration limit). */
  const register = async () => {
    const body = registerBody();
    const res = await api()
      .post(`${API}/auth/register`)
      .set('x-forwarded-for', randomIp())
      .send(body)
      .expect(201);
    return { email: body.email as string, password: PASSWORD, accessToken: res.body.accessToken };
  };
  const expect429 = (res: request.Response) => {
    expectProblem(res, 429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    return retryAfter;
  };

  it('limits registrations per address (429 with Retry-After), not other addresses', async () => {
    const ip = randomIp();
    for (let i = 0; i < 3; i++) {
      await api()
        .post(`${API}/auth/register`)
        .set('x-forwarded-for', ip)
        .send(registerBody())
        .expect(201);
    }
    const refused = await api()
      .post(`${API}/auth/register`)
      .set('x-forwarded-for', ip)
      .send(registerBody());
    const wait = expect429(refused);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(refused.body.type).toMatch(/too-many-requests$/);
    // Taken or not, the address learns nothing more once limited: enumeration is held back.
    const taken = await register();
    expect429(
      await api()
        .post(`${API}/auth/register`)
        .set('x-forwarded-for', ip)
        .send(registerBody({ email: taken.email })),
    );
    await api()
      .post(`${API}/auth/register`)
      .set('x-forwarded-for', randomIp())
      .send(registerBody())
      .expect(201);
  });

  it('limits writes per signed-in user across addresses', async () => {
    const a = await register();
    let status = 0;
    let n = 0;
    for (; n < 20 && status !== 429; n++) {
      status = (
        await api()
          .patch(`${API}/me`)
          .set('x-forwarded-for', randomIp())
          .set('authorization', `Bearer ${a.accessToken}`)
          .send({ name: `Name ${n}` })
      ).status;
    }
    expect(status).toBe(429);
    expect(n).toBeLessThanOrEqual(9); // 8 allowed (registration itself was anonymous)
    expect429(
      await api()
        .patch(`${API}/me`)
        .set('x-forwarded-for', randomIp())
        .set('authorization', `Bearer ${a.accessToken}`)
        .send({ name: 'again' }),
    );
    // Reads are not writes; another user is not limited.
    await api().get(`${API}/me`).set('authorization', `Bearer ${a.accessToken}`).expect(200);
    const b = await register();
    await api()
      .patch(`${API}/me`)
      .set('authorization', `Bearer ${b.accessToken}`)
      .send({ name: 'Someone else' })
      .expect(200);
  });

  it('limits writes per address, signed in or not', async () => {
    const ip = randomIp();
    let status = 0;
    let n = 0;
    for (; n < 60 && status !== 429; n++) {
      status = (
        await api()
          .post(`${API}/auth/refresh`)
          .set('x-forwarded-for', ip)
          .send({ refreshToken: 'x.y' })
      ).status;
    }
    expect(status).toBe(429);
    expect(n).toBe(41);
  });

  describe('failed sign-ins', () => {
    it('an address that keeps guessing waits; the owner, from their own address, signs in', async () => {
      const owner = await register();
      const stranger = randomIp();
      for (let i = 0; i < 4; i++)
        expectProblem(await login(ctx, owner.email, `guess ${i}`, stranger), 401);
      expect429(await login(ctx, owner.email, 'guess again', stranger));
      // Even the right password is refused from the guessing address for now…
      expect429(await login(ctx, owner.email, owner.password, stranger));
      // …but the owner is not locked out.
      await login(ctx, owner.email, owner.password, randomIp()).expect(200);
    });

    it('guesses spread over many addresses slow the account for them, never for the owner', async () => {
      const owner = await register();
      const home = randomIp();
      await login(ctx, owner.email, owner.password, home).expect(200);
      const strangers = Array.from({ length: 5 }, () => randomIp());
      let refused = 0;
      for (const ip of strangers) {
        for (let i = 0; i < 2; i++) {
          const res = await login(ctx, owner.email, `guess ${i}`, ip);
          if (res.status === 429) refused++;
        }
      }
      expect(refused).toBe(0); // 10 failures: the account limit is now reached
      for (const ip of strangers) expect429(await login(ctx, owner.email, 'one more', ip));
      // The owner at home, or on a new network, still signs in.
      await login(ctx, owner.email, owner.password, home).expect(200);
      await login(ctx, owner.email, owner.password, randomIp()).expect(200);
    });

    it('a correct sign-in forgives the failures of that address only', async () => {
      const owner = await register();
      const ip = randomIp();
      for (let i = 0; i < 3; i++) expectProblem(await login(ctx, owner.email, 'typo', ip), 401);
      await login(ctx, owner.email, owner.password, ip).expect(200);
      for (let i = 0; i < 3; i++) expectProblem(await login(ctx, owner.email, 'typo', ip), 401);
      await login(ctx, owner.email, owner.password, ip).expect(200);
    });

    it('one address spraying many accounts waits', async () => {
      const ip = randomIp();
      let status = 0;
      for (let i = 0; i <= 12 && status !== 429; i++) {
        status = (await login(ctx, `nobody-${i}-${ip}@example.test`, 'wrong password', ip)).status;
      }
      expect(status).toBe(429);
    });
  });
});
