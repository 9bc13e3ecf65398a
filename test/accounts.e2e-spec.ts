import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SessionRevocations } from '@niaz/identity';
import type Redis from 'ioredis';
import { ApiTestContext, startApi } from './support/api-app';
import {
  API,
  expectProblem,
  login,
  refresh,
  register,
  Registered,
} from './support/identity-helpers';

/** Logins (sessions): logout, listing, revoking one; revoked access tokens stop at once. */
describe('accounts: sessions (real PostgreSQL and Redis)', () => {
  let ctx: ApiTestContext;

  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  const api = () => request(ctx.url);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const me = (token: string) => api().get(`${API}/me`).set(bearer(token));

  async function secondLogin(a: Registered, userAgent = 'Firefox on the laptop') {
    const res = await login(ctx, a.email, a.password).set('user-agent', userAgent).expect(200);
    return res.body as { accessToken: string; refreshToken: string };
  }

  it('POST /auth/logout revokes this login: its access token stops at once, its refresh token too', async () => {
    const a = await register(ctx);
    const other = await secondLogin(a);
    await me(a.accessToken).expect(200);
    await api().post(`${API}/auth/logout`).set(bearer(a.accessToken)).expect(204);
    // Within a second (here: the very next request), on this replica and any other.
    expectProblem(await me(a.accessToken), 401);
    expectProblem(await refresh(ctx, a.refreshToken), 401);
    // The other login of the same user is untouched.
    await me(other.accessToken).expect(200);
    await refresh(ctx, other.refreshToken).expect(200);
  });

  it('POST /auth/logout needs a valid token (401 without, and twice is 401)', async () => {
    expectProblem(await api().post(`${API}/auth/logout`), 401);
    const a = await register(ctx);
    await api().post(`${API}/auth/logout`).set(bearer(a.accessToken)).expect(204);
    expectProblem(await api().post(`${API}/auth/logout`).set(bearer(a.accessToken)), 401);
  });

  it('a reused refresh token revokes its login, and its access tokens stop within a second', async () => {
    const a = await register(ctx);
    const rotated = (await refresh(ctx, a.refreshToken).expect(200)).body;
    await me(rotated.accessToken).expect(200);
    expectProblem(await refresh(ctx, a.refreshToken), 401); // reuse: the family is revoked
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < 1000) {
      status = (await me(rotated.accessToken)).status;
    }
    expect(status).toBe(401);
    expectProblem(await me(a.accessToken), 401);
  });

  it('GET /me/sessions lists my active logins, marks the current one, and shows no one else', async () => {
    const a = await register(ctx);
    const laptop = await secondLogin(a, 'Firefox on the laptop');
    const b = await register(ctx);
    const res = await api().get(`${API}/me/sessions`).set(bearer(laptop.accessToken)).expect(200);
    expect(res.body.items).toHaveLength(2);
    const [latest, first] = res.body.items;
    expect(latest).toMatchObject({ current: true, userAgent: 'Firefox on the laptop' });
    expect(first.current).toBe(false);
    for (const s of res.body.items) {
      expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(s.createdAt)).not.toBeNaN();
      expect(Date.parse(s.lastUsedAt)).not.toBeNaN();
      expect(Date.parse(s.expiresAt)).toBeGreaterThan(Date.now());
      expect(JSON.stringify(s)).not.toContain(laptop.refreshToken.split('.')[1]);
    }
    const mine = (await api().get(`${API}/me/sessions`).set(bearer(b.accessToken))).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0].id).not.toBe(latest.id);
    expectProblem(await api().get(`${API}/me/sessions`), 401);
  });

  it('DELETE /me/sessions/:id revokes that login only; another user cannot revoke it (404)', async () => {
    const a = await register(ctx);
    const laptop = await secondLogin(a);
    const sessions = (await api().get(`${API}/me/sessions`).set(bearer(a.accessToken))).body.items;
    const laptopId = sessions.find((s: { current: boolean }) => !s.current).id;

    const stranger = await register(ctx);
    expectProblem(
      await api().delete(`${API}/me/sessions/${laptopId}`).set(bearer(stranger.accessToken)),
      404,
    );
    await me(laptop.accessToken).expect(200);
    expectProblem(await api().delete(`${API}/me/sessions/${laptopId}`), 401);
    expectProblem(
      await api().delete(`${API}/me/sessions/not-a-uuid`).set(bearer(a.accessToken)),
      400,
      'id',
    );
    expectProblem(
      await api().delete(`${API}/me/sessions/${randomUUID()}`).set(bearer(a.accessToken)),
      404,
    );

    await api().delete(`${API}/me/sessions/${laptopId}`).set(bearer(a.accessToken)).expect(204);
    expectProblem(await me(laptop.accessToken), 401);
    expectProblem(await refresh(ctx, laptop.refreshToken), 401);
    await me(a.accessToken).expect(200);
    expectProblem(
      await api().delete(`${API}/me/sessions/${laptopId}`).set(bearer(a.accessToken)),
      404,
    );
    const left = (await api().get(`${API}/me/sessions`).set(bearer(a.accessToken))).body.items;
    expect(left.map((s: { id: string }) => s.id)).not.toContain(laptopId);
  });

  it('revocations hold while Redis cannot be asked: PostgreSQL answers instead', async () => {
    const a = await register(ctx);
    const laptop = await secondLogin(a);
    await api().post(`${API}/auth/logout`).set(bearer(a.accessToken)).expect(204);
    const redis = (ctx.app.get(SessionRevocations) as unknown as { redis: Redis }).redis;
    redis.disconnect();
    try {
      expectProblem(await me(a.accessToken), 401);
      await me(laptop.accessToken).expect(200);
    } finally {
      await redis.connect();
    }
    expectProblem(await me(a.accessToken), 401);
  });
});
