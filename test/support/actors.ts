import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext } from './api-app';
import { makeAdmin as makeAdminByEmail } from './identity-helpers';

export interface Actor {
  token: string;
  userId: string;
  organizationId: string;
  email: string;
}

type Kind = 'manufacturer' | 'supplier' | 'organiser';

/** Registers a user with a fresh organisation of the given kinds. */
export async function register(
  ctx: ApiTestContext,
  kinds: Kind[],
  extra: { country?: string; province?: string; name?: string } = {},
): Promise<Actor> {
  const email = `u${randomBytes(6).toString('hex')}@test.niaz`;
  const res = await request(ctx.url)
    .post('/api/v1/auth/register')
    .send({
      email,
      password: 'correct horse battery',
      name: extra.name ?? 'Test User',
      organization: {
        name: `Org ${email}`,
        kinds,
        country: extra.country ?? 'IR',
        province: extra.province ?? 'Qom',
      },
    })
    .expect(201);
  return {
    token: res.body.accessToken,
    userId: res.body.user.id,
    organizationId: res.body.organization.id,
    email,
  };
}

/** A second member (role member) of an existing organisation. */
export async function addMember(ctx: ApiTestContext, of: Actor): Promise<Actor> {
  const other = await register(ctx, ['organiser']);
  const ds = ctx.app.get(DataSource);
  await ds.query(
    `INSERT INTO membership ("userId", "organizationId", role) VALUES ($1, $2, 'member')`,
    [other.userId, of.organizationId],
  );
  return { ...other, organizationId: of.organizationId };
}

export async function makeAdmin(ctx: ApiTestContext, actor: Actor): Promise<Actor> {
  await makeAdminByEmail(ctx, actor.email);
  return actor;
}

export const bearer = (a?: Actor) => (a ? { authorization: `Bearer ${a.token}` } : {});

export function needPayload(overrides: Record<string, unknown> = {}) {
  return {
    title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
    description: 'سالانه ۵۰۰۰ عدد بلبرینگ از آلمان وارد می‌کنیم',
    language: 'fa',
    hsCodes: ['848210'],
    isic: '2814',
    quantityPerYear: 5000,
    unit: 'piece',
    importOrigin: 'DE',
    annualImportValue: { amount: '2000000.00', currency: 'EUR' },
    targetPrice: { amount: '12.50', currency: 'EUR' },
    requiredCertifications: ['ISO 9001'],
    bidDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
    country: 'IR',
    province: 'Qom',
    details: 'SECRET drawings: tolerance 0.002 mm',
    ndaRequired: true,
    bidsVisibleBeforeDeadline: false,
    minLocalContentPercent: 40,
    ...overrides,
  };
}

export function bidPayload(overrides: Record<string, unknown> = {}) {
  return {
    price: { amount: '11.80', currency: 'EUR' },
    quantity: 5000,
    leadTimeDays: 90,
    localContentPercent: 65,
    proposal: 'Rulman üretimi, 52100 çeliği',
    validUntil: '2027-03-01T00:00:00Z',
    ...overrides,
  };
}
