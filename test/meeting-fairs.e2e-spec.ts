import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import { createExhibition, publishExhibition } from './support/exhibitions';
import { participate, settingsPayload } from './support/meetings';
import { openApiChecker } from './support/openapi-responses';

/**
 * `GET /meeting-fairs?with=`: where the web app shows "request a meeting" beside a match or on
 * a need page. Only fairs both sides take part in (approved), published, with meetings set up;
 * nobody learns of another organisation's fairs they do not share.
 */
describe('shared meeting fairs (real services)', () => {
  let ctx: ApiTestContext;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  let organiser: Actor;
  let maker: Actor;
  let turk: Actor;
  let pending: Actor; // registered, not approved
  let outsider: Actor; // never registered
  let withMeetings: string;
  let withoutMeetings: string;

  beforeAll(async () => {
    ctx = await startApi();
    check = await openApiChecker(ctx.url);
    organiser = await register(ctx, ['organiser']);
    maker = await register(ctx, ['manufacturer']);
    turk = await register(ctx, ['supplier'], { country: 'TR' });
    pending = await register(ctx, ['supplier']);
    outsider = await register(ctx, ['supplier']);
    withMeetings = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, withMeetings);
    await request(ctx.url)
      .put(`/api/v1/exhibitions/${withMeetings}/meeting-settings`)
      .set(bearer(organiser))
      .send(settingsPayload())
      .expect(200);
    withoutMeetings = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, withoutMeetings);
    for (const e of [withMeetings, withoutMeetings]) {
      await participate(ctx, e, maker, organiser);
      await participate(ctx, e, turk, organiser);
    }
    await participate(ctx, withMeetings, pending);
  });
  afterAll(async () => ctx?.close());

  async function shared(who: Actor | undefined, other: string) {
    const res = await request(ctx.url).get(`/api/v1/meeting-fairs?with=${other}`).set(bearer(who));
    check('get', '/api/v1/meeting-fairs', res);
    return res;
  }

  it('names the fair with meetings both sides take part in, from either side', async () => {
    const fromTurk = await shared(turk, maker.organizationId);
    expect(fromTurk.status).toBe(200);
    expect(fromTurk.body.items).toEqual([
      expect.objectContaining({
        exhibitionId: withMeetings,
        fromOrganizationId: turk.organizationId,
      }),
    ]);
    const fromMaker = await shared(maker, turk.organizationId);
    expect(fromMaker.body.items.map((i: { exhibitionId: string }) => i.exhibitionId)).toEqual([
      withMeetings,
    ]);
  });

  it('tells nothing to those who do not take part, nor of those not approved', async () => {
    expect((await shared(outsider, maker.organizationId)).body.items).toEqual([]);
    expect((await shared(pending, maker.organizationId)).body.items).toEqual([]);
    expect((await shared(maker, pending.organizationId)).body.items).toEqual([]);
    // Oneself is never a meeting partner.
    expect((await shared(maker, maker.organizationId)).body.items).toEqual([]);
  });

  it('asks for a sign-in and a UUID', async () => {
    expect((await shared(undefined, maker.organizationId)).status).toBe(401);
    const bad = await shared(turk, 'nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('with');
  });
});
