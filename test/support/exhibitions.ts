import request from 'supertest';
import { ApiTestContext } from './api-app';
import { Actor, bearer, needPayload } from './actors';

const DAY = 86400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A valid POST /exhibitions body: the Qom fair, a week to submit, running for three months. */
export function exhibitionPayload(overrides: Record<string, unknown> = {}) {
  return {
    title: 'میز نیاز صنعت قم',
    description: 'نمایشگاه برای افزایش توان ساخت کالای داخلی، از مواد اولیه تا ساخت قطعات.',
    language: 'fa',
    translations: { tr: { title: 'Qom Sanayi İhtiyaçları Masası' } },
    city: 'Qom',
    province: 'Qom',
    country: 'IR',
    startsAt: iso(10 * DAY),
    endsAt: iso(100 * DAY),
    submissionDeadline: iso(7 * DAY),
    hsChapters: ['84', '73'],
    isic: ['2814'],
    sections: [
      {
        key: 'machinery',
        title: 'ماشین و قطعات صنعتی',
        translations: { tr: { title: 'Makine ve parçaları' } },
      },
      { key: 'metals', title: 'فلزات پایه' },
    ],
    ...overrides,
  };
}

export async function createExhibition(
  ctx: ApiTestContext,
  organiser: Actor,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await request(ctx.url)
    .post('/api/v1/exhibitions')
    .set(bearer(organiser))
    .send(exhibitionPayload(overrides));
  if (res.status !== 201) throw new Error(`exhibition: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function publishExhibition(ctx: ApiTestContext, organiser: Actor, id: string) {
  await request(ctx.url)
    .post(`/api/v1/exhibitions/${id}/publish`)
    .set(bearer(organiser))
    .expect(200);
}

export async function invite(ctx: ApiTestContext, organiser: Actor, id: string, who: Actor) {
  await request(ctx.url)
    .post(`/api/v1/exhibitions/${id}/invitations`)
    .set(bearer(organiser))
    .send({ organizationId: who.organizationId })
    .expect(201);
}

/** An open need of `owner` (bids readable at once, so that tests can award). */
export async function openNeed(
  ctx: ApiTestContext,
  owner: Actor,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await request(ctx.url)
    .post('/api/v1/needs')
    .set(bearer(owner))
    .send(needPayload({ bidsVisibleBeforeDeadline: true, ...overrides }));
  if (res.status !== 201) throw new Error(`need: ${res.status} ${JSON.stringify(res.body)}`);
  await request(ctx.url)
    .post(`/api/v1/needs/${res.body.id}/publish`)
    .set(bearer(owner))
    .expect(200);
  return res.body.id;
}

export async function submit(
  ctx: ApiTestContext,
  owner: Actor,
  exhibitionId: string,
  needId: string,
): Promise<string> {
  const res = await request(ctx.url)
    .post(`/api/v1/exhibitions/${exhibitionId}/submissions`)
    .set(bearer(owner))
    .send({ needId });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function decide(
  ctx: ApiTestContext,
  organiser: Actor,
  exhibitionId: string,
  submissionId: string,
  action: 'approve' | 'reject' | 'request-changes',
  reason?: string,
) {
  const req = request(ctx.url)
    .post(`/api/v1/exhibitions/${exhibitionId}/submissions/${submissionId}/${action}`)
    .set(bearer(organiser));
  // Without a reason, no body at all: approving needs none.
  const res = await (reason === undefined ? req : req.send({ reason }));
  if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
