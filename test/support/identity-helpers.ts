import { randomBytes } from 'node:crypto';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import type { ApiTestContext } from './api-app';

export const API = '/api/v1';
export const PASSWORD = 'a long passphrase';

/** A fresh, unique e-mail address (lower-case) for one test. */
export function uniqueEmail(tag = 'user'): string {
  return `${tag}-${randomBytes(5).toString('hex')}@example.test`;
}

/** A valid registration body; `overrides` replace top-level fields. */
export function registerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email: uniqueEmail(),
    password: PASSWORD,
    name: 'Maryam Ahmadi',
    organization: {
      name: 'Qom Machinery Industries',
      kinds: ['manufacturer'],
      country: 'IR',
      province: 'Qom',
    },
    ...overrides,
  };
}

/** A registration body whose organisation part is changed by `org` (undefined values delete). */
export function registerBodyWithOrg(org: Record<string, unknown>): Record<string, unknown> {
  const body = registerBody();
  const organization = { ...(body.organization as Record<string, unknown>), ...org };
  for (const [key, value] of Object.entries(org)) if (value === undefined) delete organization[key];
  return { ...body, organization };
}

export interface Registered {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  body: Record<string, any>;
}

/** Registers an account (expecting 201) and returns its tokens and ids. */
export async function register(
  ctx: ApiTestContext,
  overrides: Record<string, unknown> = {},
): Promise<Registered> {
  const payload = registerBody(overrides);
  const res = await request(ctx.url).post(`${API}/auth/register`).send(payload);
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    email: payload.email as string,
    password: payload.password as string,
    accessToken: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    userId: res.body.user.id,
    organizationId: res.body.organization.id,
    body: res.body,
  };
}

/** A random client address; the api trusts X-Forwarded-For, so each call can look distinct. */
export function randomIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/**
 * POST /auth/login. Login is rate-limited per IP as well as per account; unless `ip` is given,
 * each call comes from its own address so that only the per-account limit is in play.
 */
export function login(ctx: ApiTestContext, email: string, password: string, ip = randomIp()) {
  return request(ctx.url)
    .post(`${API}/auth/login`)
    .set('x-forwarded-for', ip)
    .send({ email, password });
}

export function refresh(ctx: ApiTestContext, refreshToken: string) {
  return request(ctx.url).post(`${API}/auth/refresh`).send({ refreshToken });
}

/** Makes a registered user a platform admin, directly in the database. */
export async function makeAdmin(ctx: ApiTestContext, email: string): Promise<void> {
  await ctx.app
    .get(DataSource)
    .query(`UPDATE app_user SET "isAdmin" = true WHERE email = $1`, [email.toLowerCase()]);
}

export async function countUsersByEmail(ctx: ApiTestContext, emails: string[]): Promise<number> {
  const rows: Array<{ n: string }> = await ctx.app
    .get(DataSource)
    .query(`SELECT count(*)::text AS n FROM app_user WHERE email = ANY($1)`, [
      emails.map((e) => e.toLowerCase()),
    ]);
  return Number(rows[0].n);
}

/** Asserts an RFC 9457 problem response; when `field` is given, an error must name it. */
export function expectProblem(res: Response, status: number, field?: string): void {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  expect(res.body.type).toMatch(/^https?:\/\//);
  if (field !== undefined) {
    expect(Array.isArray(res.body.errors)).toBe(true);
    const fields = (res.body.errors as Array<{ field: string; message: string }>).map(
      (e) => e.field,
    );
    expect(fields).toContain(field);
    for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  }
}

/** True when `key` occurs anywhere in a JSON value (deep). */
export function containsKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => containsKey(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k === key || containsKey(v, key));
  return false;
}
