import { NotificationSweepService } from '@niaz/notifications';
import { waitFor } from '@niaz/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import { createExhibition, publishExhibition } from './support/exhibitions';
import { askMeeting, at, participate, settingsPayload } from './support/meetings';

/**
 * The meeting notices through the real outbox, worker and inbox: a request, its answer, the
 * published schedule, a change after publishing, and reminders an hour and 15 minutes
 * before, each delivered once however often the sweep runs.
 */
describe('meeting notices (real services and worker)', () => {
  let ctx: ApiTestContext;
  let organiser: Actor;
  let maker: Actor;
  let turk: Actor;
  let exhibitionId: string;

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    organiser = await register(ctx, ['organiser']);
    maker = await register(ctx, ['manufacturer']);
    turk = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    await request(ctx.url)
      .put(`/api/v1/exhibitions/${exhibitionId}/meeting-settings`)
      .set(bearer(organiser))
      .send(settingsPayload())
      .expect(200);
    await participate(ctx, exhibitionId, maker, organiser);
    await participate(ctx, exhibitionId, turk, organiser);
  });
  afterAll(async () => ctx?.close());

  async function inbox(who: Actor, lang: string) {
    const res = await request(ctx.url)
      .get('/api/v1/notifications')
      .set(bearer(who))
      .set('accept-language', lang)
      .expect(200);
    return res.body.items as Array<{ type: string; title: string; body: string }>;
  }
  const told = (who: Actor, lang: string, type: string, n = 1) =>
    waitFor(async () => (await inbox(who, lang)).filter((i) => i.type === type).length >= n, {
      what: `${type} in the inbox`,
    });

  it('tells each side of the request, the answer, the schedule, a change and the reminders once', async () => {
    const rid = await askMeeting(ctx, exhibitionId, turk, maker);
    await told(maker, 'fa', 'meeting.requested');
    const asked = (await inbox(maker, 'fa')).find((i) => i.type === 'meeting.requested')!;
    expect(asked.title).toMatch(/درخواست ملاقات/);

    const accepted = await request(ctx.url)
      .post(`/api/v1/meeting-requests/${rid}/accept`)
      .set(bearer(maker))
      .send({})
      .expect(200);
    await told(turk, 'tr', 'meeting.accepted');
    expect((await inbox(turk, 'tr')).find((i) => i.type === 'meeting.accepted')!.title).toMatch(
      /kabul etti/,
    );

    await request(ctx.url)
      .post(`/api/v1/exhibitions/${exhibitionId}/schedule`)
      .set(bearer(organiser))
      .expect(200);
    await request(ctx.url)
      .post(`/api/v1/exhibitions/${exhibitionId}/schedule/publish`)
      .set(bearer(organiser))
      .expect(200);
    await told(maker, 'fa', 'meetings.published');
    await told(turk, 'tr', 'meetings.published');

    const mid = accepted.body.meetingId as string;
    await request(ctx.url)
      .patch(`/api/v1/meetings/${mid}`)
      .set(bearer(organiser))
      .send({ slotStart: at(12, 6, 10), tableKey: 'online' })
      .expect(200);
    await told(turk, 'tr', 'meeting.changed');
    const changed = (await inbox(maker, 'en')).find((i) => i.type === 'meeting.changed');
    // In the exhibition's time zone: 06:10 UTC is 09:40 in Tehran.
    expect(changed?.body).toMatch(/9:40/);

    // The fair is near: the meeting starts in ten minutes.
    await ctx.app
      .get(DataSource)
      .query(`UPDATE meeting SET "slotStart" = now() + interval '10 minutes' WHERE id = $1`, [mid]);
    const sweep = ctx.worker!.get(NotificationSweepService);
    await sweep.run();
    await sweep.run();
    await sweep.run();
    for (const who of [maker, turk]) {
      const reminders = (await inbox(who, 'en')).filter((i) => i.type === 'meeting.reminder');
      expect(reminders.map((r) => r.body).sort()).toEqual([
        expect.stringMatching(/^In 15 minutes or less/),
        expect.stringMatching(/^In 60 minutes or less/),
      ]);
    }
  });
});
