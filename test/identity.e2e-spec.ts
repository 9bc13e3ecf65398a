import { randomUUID } from 'node:crypto';
import { AppConfig } from '@niaz/core';
import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import {
  API,
  containsKey,
  countUsersByEmail,
  expectProblem,
  login,
  makeAdmin,
  PASSWORD,
  randomIp,
  refresh,
  register,
  registerBody,
  registerBodyWithOrg,
  Registered,
  uniqueEmail,
} from './support/identity-helpers';

describe('identity (real PostgreSQL, Redis, Meilisearch)', () => {
  let ctx: ApiTestContext;

  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  const post = (path: string) => request(ctx.url).post(`${API}${path}`);
  const get = (path: string) => request(ctx.url).get(`${API}${path}`);
  const patch = (path: string) => request(ctx.url).patch(`${API}${path}`);
  const bearer = (token: string) => `Bearer ${token}`;

  describe('registration', () => {
    it('creates a user and their organisation and returns a first pair of tokens', async () => {
      const payload = registerBody({ email: uniqueEmail('Reg').toUpperCase() });
      const res = await post('/auth/register').send(payload).expect(201);

      expect(typeof res.body.accessToken).toBe('string');
      expect(res.body.accessToken.split('.')).toHaveLength(3); // a JWT
      expect(res.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
      expect(containsKey(res.body, 'passwordHash')).toBe(false);
      expect(JSON.stringify(res.body)).not.toContain(PASSWORD);

      expect(res.body.user).toMatchObject({
        email: (payload.email as string).toLowerCase(),
        name: 'Maryam Ahmadi',
        isAdmin: false,
      });
      expect(res.body.user.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.organization).toMatchObject({
        name: 'Qom Machinery Industries',
        kinds: ['manufacturer'],
        country: 'IR',
        province: 'Qom',
        verified: false,
        verifiedAt: null,
      });
      expect(res.body.organization.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(res.body.organization.createdAt)).not.toBeNaN();
    });

    it('refuses the same e-mail again, in any case, with 409', async () => {
      const first = await register(ctx);
      const again = await post('/auth/register').send(registerBody({ email: first.email }));
      expectProblem(again, 409);
      const upper = await post('/auth/register').send(
        registerBody({ email: `  ${first.email.toUpperCase()} ` }),
      );
      expectProblem(upper, 409);
      expect(await countUsersByEmail(ctx, [first.email])).toBe(1);
    });

    it('GET /me returns the user and the ownership of the new organisation', async () => {
      const account = await register(ctx);
      const res = await get('/me').set('authorization', bearer(account.accessToken)).expect(200);
      expect(res.body.user).toMatchObject({ id: account.userId, email: account.email });
      expect(containsKey(res.body, 'passwordHash')).toBe(false);
      expect(res.body.memberships).toHaveLength(1);
      expect(res.body.memberships[0]).toMatchObject({
        organizationId: account.organizationId,
        role: 'owner',
        organization: { id: account.organizationId, verified: false },
      });
    });
  });

  describe('registration input validation', () => {
    const refusedEmails: string[] = [];

    /** Sends a bad body and expects a 400 naming `field`; remembers its e-mail. */
    async function expectRefused(body: Record<string, unknown>, field: string) {
      if (typeof body.email === 'string') refusedEmails.push(body.email);
      const res = await post('/auth/register').send(body);
      expectProblem(res, 400, field);
      return res;
    }

    it('requires an e-mail', async () => {
      const body = registerBody();
      delete body.email;
      await expectRefused(body, 'email');
    });

    it('refuses a malformed e-mail', async () => {
      await expectRefused(registerBody({ email: 'not-an-email' }), 'email');
      await expectRefused(registerBody({ email: 'two@@example.test' }), 'email');
    });

    it('refuses a password shorter than 8 characters', async () => {
      await expectRefused(
        registerBody({ email: uniqueEmail('short'), password: '1234567' }),
        'password',
      );
    });

    it('refuses an unknown top-level field such as isAdmin', async () => {
      await expectRefused(registerBody({ email: uniqueEmail('admin'), isAdmin: true }), 'isAdmin');
    });

    it('refuses an unknown field inside organization', async () => {
      const body = registerBodyWithOrg({ verified: true });
      await expectRefused(body, 'organization.verified');
    });

    it('refuses an unknown organisation kind and an empty kinds list', async () => {
      await expectRefused(registerBodyWithOrg({ kinds: ['pirate'] }), 'organization.kinds');
      await expectRefused(registerBodyWithOrg({ kinds: [] }), 'organization.kinds');
    });

    it('refuses a country that is not ISO 3166-1 alpha-2', async () => {
      await expectRefused(registerBodyWithOrg({ country: 'XX1' }), 'organization.country');
      await expectRefused(registerBodyWithOrg({ country: 'ZZ' }), 'organization.country');
    });

    it('refuses a name over 120 characters', async () => {
      await expectRefused(
        registerBody({ email: uniqueEmail('long'), name: 'n'.repeat(121) }),
        'name',
      );
    });

    it('requires the organization part', async () => {
      const body = registerBody({ email: uniqueEmail('noorg') });
      delete body.organization;
      await expectRefused(body, 'organization');
      await expectRefused(
        registerBody({ email: uniqueEmail('arrorg'), organization: [] }),
        'organization',
      );
    });

    it('requires the organization part to be an object', async () => {
      await expectRefused(
        registerBody({ email: uniqueEmail('nullorg'), organization: null }),
        'organization',
      );
      await expectRefused(
        registerBody({ email: uniqueEmail('strorg'), organization: 'x' }),
        'organization',
      );
    });

    it('refuses a body over 256 KB with 413', async () => {
      const email = uniqueEmail('huge');
      refusedEmails.push(email);
      const res = await post('/auth/register').send(
        registerBody({ email, name: 'x', padding: 'x'.repeat(300 * 1024) }),
      );
      expectProblem(res, 413);
    });

    it('refuses malformed JSON with 400', async () => {
      const res = await post('/auth/register')
        .set('content-type', 'application/json')
        .send('{"email": "broken@example.test", "password": ');
      expectProblem(res, 400);
    });

    it('wrote nothing for any refused body', async () => {
      expect(refusedEmails.length).toBeGreaterThan(5);
      expect(await countUsersByEmail(ctx, refusedEmails)).toBe(0);
      // Each refused e-mail is still free: a valid registration with one of them succeeds.
      const email = refusedEmails.find((e) => e.includes('@example.test') && !e.includes('@@'))!;
      for (const refused of refusedEmails.filter((e) => /^[\w.-]+@[\w.-]+$/.test(e)).slice(0, 3))
        expectProblem(await login(ctx, refused, PASSWORD), 401);
      const res = await post('/auth/register').send(registerBody({ email }));
      expect(res.status).toBe(201);
    });
  });

  /**
   * Defects found in libs/identity while writing this file: each test states the contract and
   * fails (a 500, or a blank name stored) until the code is fixed.
   */
  describe('validation gaps (known defects)', () => {
    it('a blank (whitespace-only) user or organisation name is refused', async () => {
      const blankUser = registerBody({ email: uniqueEmail('blank'), name: '   ' });
      expectProblem(await post('/auth/register').send(blankUser), 400, 'name');
      const blankOrg = registerBodyWithOrg({ name: '    ' });
      expectProblem(await post('/auth/register').send(blankOrg), 400, 'organization.name');
    });

    it.each([['name'], ['kinds'], ['language'], ['isic']])(
      'PATCH with %s: null is a 400, not a 500',
      async (field) => {
        const owner = await register(ctx);
        const res = await patch(`/organizations/${owner.organizationId}`)
          .set('authorization', bearer(owner.accessToken))
          .send({ [field]: null });
        expectProblem(res, 400, field);
      },
    );
  });

  describe('login', () => {
    let account: Registered;
    beforeAll(async () => {
      account = await register(ctx);
    });

    it('answers the right password with a new pair of tokens', async () => {
      const res = await login(ctx, account.email, account.password).expect(200);
      expect(typeof res.body.accessToken).toBe('string');
      expect(res.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
      expect(res.body.refreshToken).not.toBe(account.refreshToken);
      expect(res.body.user).toMatchObject({ id: account.userId, email: account.email });
      expect(containsKey(res.body, 'passwordHash')).toBe(false);
      await get('/me').set('authorization', bearer(res.body.accessToken)).expect(200);
    });

    it('accepts the e-mail in another case', async () => {
      await login(ctx, account.email.toUpperCase(), account.password).expect(200);
    });

    it('refuses a wrong password and an unknown e-mail alike (no account enumeration)', async () => {
      const wrong = await login(ctx, account.email, 'not the password');
      expectProblem(wrong, 401);
      expect(wrong.body).not.toHaveProperty('accessToken');
      const unknown = await login(ctx, uniqueEmail('nobody'), 'not the password');
      expectProblem(unknown, 401);
      expect(unknown.body.detail).toBe(wrong.body.detail);
      expect(unknown.body.title).toBe(wrong.body.title);
      expect(unknown.body.type).toBe(wrong.body.type);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: a new pair, the old token refused, and its whole family revoked', async () => {
      const account = await register(ctx);
      const rotated = await refresh(ctx, account.refreshToken).expect(200);
      expect(typeof rotated.body.accessToken).toBe('string');
      expect(rotated.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
      expect(rotated.body.refreshToken).not.toBe(account.refreshToken);
      await get('/me').set('authorization', bearer(rotated.body.accessToken)).expect(200);

      const reused = await refresh(ctx, account.refreshToken);
      expectProblem(reused, 401);

      // The reuse signed out the family: the token from the rotation no longer works either.
      const afterReuse = await refresh(ctx, rotated.body.refreshToken);
      expectProblem(afterReuse, 401);
    });

    it('a refresh token of another login is not affected by a revoked family', async () => {
      const account = await register(ctx);
      const other = await login(ctx, account.email, account.password).expect(200);
      await refresh(ctx, account.refreshToken).expect(200);
      expectProblem(await refresh(ctx, account.refreshToken), 401);
      await refresh(ctx, other.body.refreshToken).expect(200);
    });

    it('refuses garbage and forged refresh tokens', async () => {
      expectProblem(await refresh(ctx, 'garbage-garbage-garbage'), 401);
      expectProblem(await refresh(ctx, `${randomUUID()}.c2VjcmV0LXNlY3JldA`), 401);
      const account = await register(ctx);
      const [id] = account.refreshToken.split('.');
      expectProblem(await refresh(ctx, `${id}.wrong-secret-wrong-secret`), 401);
      // The forged attempt did not burn the real token.
      await refresh(ctx, account.refreshToken).expect(200);
    });

    it('refuses a missing refresh token with 400', async () => {
      expectProblem(await post('/auth/refresh').send({}), 400, 'refreshToken');
    });
  });

  describe('access tokens', () => {
    it('GET /me without a token → 401', async () => {
      expectProblem(await get('/me'), 401);
    });

    it('GET /me with a garbage bearer token → 401', async () => {
      expectProblem(await get('/me').set('authorization', 'Bearer garbage'), 401);
    });

    it('GET /me with a refresh token in place of the access token → 401', async () => {
      const account = await register(ctx);
      expectProblem(await get('/me').set('authorization', bearer(account.refreshToken)), 401);
    });

    it('a token sent to a public route must still be valid', async () => {
      const account = await register(ctx);
      const res = await get(`/organizations/${account.organizationId}`).set(
        'authorization',
        'Bearer garbage',
      );
      expectProblem(res, 401);
    });
  });

  describe('organisations', () => {
    let owner: Registered;
    let stranger: Registered;
    beforeAll(async () => {
      owner = await register(ctx);
      stranger = await register(ctx);
    });

    it('shows the public profile to anonymous callers', async () => {
      const res = await get(`/organizations/${owner.organizationId}`).expect(200);
      expect(res.body).toMatchObject({
        id: owner.organizationId,
        name: 'Qom Machinery Industries',
        kinds: ['manufacturer'],
        country: 'IR',
        verified: false,
      });
      expect(res.body).not.toHaveProperty('members');
      expect(containsKey(res.body, 'email')).toBe(false);
    });

    it('answers a malformed id with 400 naming id, an unknown one with 404', async () => {
      expectProblem(await get('/organizations/not-a-uuid'), 400, 'id');
      expectProblem(await get(`/organizations/${randomUUID()}`), 404);
    });

    it('lets the owner edit the profile', async () => {
      const res = await patch(`/organizations/${owner.organizationId}`)
        .set('authorization', bearer(owner.accessToken))
        .send({ name: 'Qom Bearings Co.', city: 'Qom', country: 'tr', isic: ['2814'] })
        .expect(200);
      expect(res.body).toMatchObject({
        name: 'Qom Bearings Co.',
        city: 'Qom',
        country: 'TR',
        isic: ['2814'],
      });
      const read = await get(`/organizations/${owner.organizationId}`).expect(200);
      expect(read.body).toMatchObject({ name: 'Qom Bearings Co.', city: 'Qom', country: 'TR' });
    });

    it('refuses another user (403) and anonymous callers (401), changing nothing', async () => {
      const before = await get(`/organizations/${owner.organizationId}`).expect(200);
      expectProblem(
        await patch(`/organizations/${owner.organizationId}`)
          .set('authorization', bearer(stranger.accessToken))
          .send({ name: 'Hijacked' }),
        403,
      );
      expectProblem(
        await patch(`/organizations/${owner.organizationId}`).send({ name: 'Hijacked' }),
        401,
      );
      const after = await get(`/organizations/${owner.organizationId}`).expect(200);
      expect(after.body.name).toBe(before.body.name);
    });

    it('refuses unknown or protected fields with 400', async () => {
      const send = (body: Record<string, unknown>) =>
        patch(`/organizations/${owner.organizationId}`)
          .set('authorization', bearer(owner.accessToken))
          .send(body);
      expectProblem(await send({ nickname: 'x' }), 400, 'nickname');
      expectProblem(await send({ verified: true }), 400, 'verified');
      expectProblem(await send({ kinds: ['pirate'] }), 400, 'kinds');
      expectProblem(await send({ country: 'ZZ' }), 400, 'country');
      const read = await get(`/organizations/${owner.organizationId}`).expect(200);
      expect(read.body.verified).toBe(false);
    });

    it('answers PATCH of an unknown organisation with 404', async () => {
      expectProblem(
        await patch(`/organizations/${randomUUID()}`)
          .set('authorization', bearer(owner.accessToken))
          .send({ name: 'Nobody' }),
        404,
      );
    });
  });

  describe('admin verification', () => {
    let org: Registered;
    let normal: Registered;
    let admin: Registered;
    beforeAll(async () => {
      org = await register(ctx);
      normal = await register(ctx);
      admin = await register(ctx);
      await makeAdmin(ctx, admin.email);
    });
    const verify = (id: string) => post(`/admin/organizations/${id}/verify`);

    it('refuses a normal user (even the owner) with 403 and anonymous callers with 401', async () => {
      expectProblem(
        await verify(org.organizationId).set('authorization', bearer(normal.accessToken)),
        403,
      );
      expectProblem(
        await verify(org.organizationId).set('authorization', bearer(org.accessToken)),
        403,
      );
      expectProblem(await verify(org.organizationId), 401);
      const read = await get(`/organizations/${org.organizationId}`).expect(200);
      expect(read.body.verified).toBe(false);
    });

    it('lets an admin verify an organisation', async () => {
      const res = await verify(org.organizationId)
        .set('authorization', bearer(admin.accessToken))
        .expect(200);
      expect(res.body).toMatchObject({ id: org.organizationId, verified: true });
      expect(Date.parse(res.body.verifiedAt)).not.toBeNaN();
      const read = await get(`/organizations/${org.organizationId}`).expect(200);
      expect(read.body.verified).toBe(true);
      const me = await get('/me').set('authorization', bearer(org.accessToken)).expect(200);
      expect(me.body.memberships[0].organization.verified).toBe(true);
    });

    it('answers 400 and 404 for malformed and unknown ids', async () => {
      expectProblem(
        await verify('nope').set('authorization', bearer(admin.accessToken)),
        400,
        'id',
      );
      expectProblem(
        await verify(randomUUID()).set('authorization', bearer(admin.accessToken)),
        404,
      );
    });
  });

  describe('login rate limit', () => {
    // Per (account, address) failures and the owner never being locked out by a stranger:
    // test/abuse-limits.e2e-spec.ts (with small limits of its own).
    it('answers 429 with Retry-After after too many failures from one address on one account', async () => {
      const limit = ctx.app.get(AppConfig).env.LOGIN_RATE_LIMIT;
      const account = await register(ctx, { email: uniqueEmail('ratelimited') });
      const ip = randomIp();
      for (let i = 0; i < limit; i++) {
        expectProblem(await login(ctx, account.email, `wrong password ${i}`, ip), 401);
      }
      const blocked = await login(ctx, account.email.toUpperCase(), 'wrong password again', ip);
      expectProblem(blocked, 429);
      expect(blocked.body.detail).toMatch(/too many/i);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // The owner, elsewhere, is not locked out; other accounts are unaffected.
      await login(ctx, account.email, account.password).expect(200);
      const other = await register(ctx);
      await login(ctx, other.email, other.password, ip).expect(200);
    });

    it('answers 429 after too many attempts from one address across accounts', async () => {
      const limit = ctx.app.get(AppConfig).env.LOGIN_RATE_LIMIT;
      const ip = randomIp();
      let status = 0;
      for (let i = 0; i <= limit * 3 && status !== 429; i++) {
        status = (await login(ctx, uniqueEmail('spray'), 'wrong password', ip)).status;
      }
      expect(status).toBe(429);
      expectProblem(await login(ctx, uniqueEmail('spray'), 'wrong password', ip), 429);
    });
  });
});
