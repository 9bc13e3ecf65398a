import ICAL from 'ical.js';
import request from 'supertest';
import { pdfFonts, pdfText } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, register } from './support/actors';
import { createExhibition, openNeed, publishExhibition } from './support/exhibitions';
import { askMeeting, at, participate, settingsPayload } from './support/meetings';
import { openApiChecker } from './support/openapi-responses';

/**
 * The meetings journey on real services: register, request, expire, accept, schedule all,
 * lock, re-run, publish, agendas (JSON and iCalendar), held / no-show, outcomes and the funnel.
 */
describe('meetings at a fair (real services)', () => {
  let ctx: ApiTestContext;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  let organiser: Actor;
  let maker: Actor; // Persian manufacturer
  let turk: Actor; // Turkish supplier
  let second: Actor; // another supplier
  let third: Actor; // another manufacturer
  let outsider: Actor; // registered, never approved
  let exhibitionId: string;
  let needId: string;

  beforeAll(async () => {
    ctx = await startApi();
    check = await openApiChecker(ctx.url);
    organiser = await register(ctx, ['organiser']);
    maker = await register(ctx, ['manufacturer'], { name: 'سازنده قم' });
    turk = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    second = await register(ctx, ['supplier']);
    third = await register(ctx, ['manufacturer']);
    outsider = await register(ctx, ['supplier']);
    exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    needId = await openNeed(ctx, maker);
  });
  afterAll(async () => ctx?.close());

  /** A call whose answer is checked against /openapi.json. */
  async function call(
    method: 'get' | 'post' | 'put' | 'patch',
    template: string,
    params: Record<string, string>,
    who: Actor | undefined,
    body?: object,
  ) {
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => params[k]);
    let req = request(ctx.url)[method](`/api/v1${path}`).set(bearer(who));
    if (body) req = req.send(body);
    const res = await req;
    check(method, `/api/v1${template}`, res);
    return res;
  }
  const E = { id: '' };
  beforeAll(() => (E.id = exhibitionId));

  it('refuses a bad grid whole, naming the fields', async () => {
    const bad = settingsPayload({
      slotMinutes: 25,
      timeZone: 'Mars/Olympus',
      blocks: [
        { startsAt: at(11, 5, 30), endsAt: at(11, 7, 30) },
        { startsAt: at(11, 7, 0), endsAt: at(11, 8, 0) },
      ],
    });
    const res = await call('put', '/exhibitions/{id}/meeting-settings', E, organiser, bad);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['timeZone', 'blocks[0].endsAt', 'blocks[1].startsAt']),
    );
    const codes = res.body.errors.map((e: { code: string }) => e.code);
    expect(codes).toEqual(
      expect.arrayContaining(['slot-length-does-not-divide-block', 'blocks-overlap']),
    );
    // Nothing written.
    expect((await call('get', '/exhibitions/{id}/meeting-settings', E, organiser)).status).toBe(
      409,
    );
    const fa = await request(ctx.url)
      .put(`/api/v1/exhibitions/${exhibitionId}/meeting-settings`)
      .set(bearer(organiser))
      .set('accept-language', 'fa')
      .send(bad)
      .expect(400);
    expect(
      fa.body.errors.find((e: { code: string }) => e.code === 'blocks-overlap').message,
    ).toMatch(/هم‌پوشانی/);
  });

  it('sets the grid in the exhibition time zone', async () => {
    const res = await call(
      'put',
      '/exhibitions/{id}/meeting-settings',
      E,
      organiser,
      settingsPayload(),
    );
    expect(res.status).toBe(200);
    expect(res.body.timeZone).toBe('Asia/Tehran');
    expect(res.body.slots).toHaveLength(11);
    // 05:30 UTC is 09:00 in Tehran.
    expect(res.body.slots[0]).toMatchObject({ start: at(11, 5, 30), day: at(11, 0).slice(0, 10) });
  });

  it('registers participants, pending until the organiser approves', async () => {
    const res = await call('post', '/exhibitions/{id}/participants', E, turk, {
      organizationId: turk.organizationId,
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    const again = await call('post', '/exhibitions/{id}/participants', E, turk, {
      organizationId: turk.organizationId,
    });
    expect(again.status).toBe(409);
    const approved = await call(
      'post',
      '/exhibitions/{id}/participants/{pid}/approve',
      { id: exhibitionId, pid: res.body.id },
      organiser,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    await participate(ctx, exhibitionId, maker, organiser);
    await participate(ctx, exhibitionId, second, organiser);
    await participate(ctx, exhibitionId, third, organiser);
    await participate(ctx, exhibitionId, outsider);
    const list = await call('get', '/exhibitions/{id}/participants', E, organiser);
    expect(list.body.items).toHaveLength(5);
    const seen = await call('get', '/exhibitions/{id}/participants', E, turk);
    expect(
      seen.body.items.map((p: { organization: { id: string } }) => p.organization.id),
    ).not.toContain(outsider.organizationId);
  });

  it('refuses bad requests: to oneself, to a non-participant, from a non-participant, about a foreign need', async () => {
    const url = '/exhibitions/{id}/meeting-requests';
    const self = await call('post', url, E, turk, {
      toOrganizationId: turk.organizationId,
      message: 'x',
    });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('toOrganizationId');
    const notParticipant = await call('post', url, E, turk, {
      toOrganizationId: outsider.organizationId,
      message: 'x',
    });
    expect(notParticipant.status).toBe(400);
    expect(notParticipant.body.errors[0]).toMatchObject({
      field: 'toOrganizationId',
      code: 'not-a-participant',
    });
    const fromOutsider = await call('post', url, E, outsider, {
      toOrganizationId: maker.organizationId,
      message: 'x',
    });
    expect(fromOutsider.status).toBe(403);
    const foreignNeed = await openNeed(ctx, third);
    const wrongNeed = await call('post', url, E, turk, {
      toOrganizationId: maker.organizationId,
      needId: foreignNeed,
      message: 'x',
    });
    expect(wrongNeed.status).toBe(400);
    expect(wrongNeed.body.errors[0].field).toBe('needId');
    const noMessage = await call('post', url, E, turk, { toOrganizationId: maker.organizationId });
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.errors[0].field).toBe('message');
    const [{ n }] = await ctx.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM meeting_request`);
    expect(n).toBe(0);
  });

  let requestId: string;
  it('expires an unanswered request, which frees the pair to ask again', async () => {
    const first = await call('post', '/exhibitions/{id}/meeting-requests', E, turk, {
      toOrganizationId: maker.organizationId,
      needId,
      message: 'Rulman üretiyoruz; görüşmek isteriz.',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'pending', need: { id: needId } });
    const twin = await call('post', '/exhibitions/{id}/meeting-requests', E, turk, {
      toOrganizationId: maker.organizationId,
      needId,
      message: 'again',
    });
    expect(twin.status).toBe(409);
    // Time passes beyond the exhibition's request TTL.
    await ctx.app
      .get(DataSource)
      .query(`UPDATE meeting_request SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [
        first.body.id,
      ]);
    const late = await call(
      'post',
      '/meeting-requests/{rid}/accept',
      { rid: first.body.id },
      maker,
      {},
    );
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/request-expired/);
    const inbox = await call('get', '/exhibitions/{id}/meeting-requests', E, maker);
    expect(inbox.body.items[0]).toMatchObject({ id: first.body.id, status: 'expired' });
    requestId = await askMeeting(ctx, exhibitionId, turk, maker, needId);
  });

  it('caps pending requests per participant', async () => {
    const ds = ctx.app.get(DataSource);
    await ds.query(`UPDATE meeting_settings SET "maxPendingRequests" = 1`);
    const over = await call('post', '/exhibitions/{id}/meeting-requests', E, turk, {
      toOrganizationId: second.organizationId,
      message: 'x',
    });
    expect(over.status).toBe(409);
    expect(over.body.type).toMatch(/too-many-pending-requests/);
    await ds.query(`UPDATE meeting_settings SET "maxPendingRequests" = 20`);
  });

  const meetingIds: string[] = [];
  it('accepts and declines; booking outside a block is refused', async () => {
    const outside = await call(
      'post',
      '/meeting-requests/{rid}/accept',
      { rid: requestId },
      maker,
      {
        slotStart: at(11, 3, 0),
      },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0].field).toBe('slotStart');
    const byAsker = await call(
      'post',
      '/meeting-requests/{rid}/accept',
      { rid: requestId },
      turk,
      {},
    );
    expect(byAsker.status).toBe(403);
    const ok = await call('post', '/meeting-requests/{rid}/accept', { rid: requestId }, maker, {});
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('accepted');
    expect(ok.body.meetingId).toEqual(expect.any(String));
    meetingIds.push(ok.body.meetingId);
    const again = await call(
      'post',
      '/meeting-requests/{rid}/accept',
      { rid: requestId },
      maker,
      {},
    );
    expect(again.status).toBe(409);

    const toDecline = await askMeeting(ctx, exhibitionId, second, third);
    const noReason = await call(
      'post',
      '/meeting-requests/{rid}/decline',
      { rid: toDecline },
      third,
      {},
    );
    expect(noReason.status).toBe(400);
    const declined = await call(
      'post',
      '/meeting-requests/{rid}/decline',
      { rid: toDecline },
      third,
      {
        reason: 'ظرفیت نداریم',
      },
    );
    expect(declined.body).toMatchObject({ status: 'declined', reason: 'ظرفیت نداریم' });

    for (const [a, b] of [
      [second, maker],
      [turk, third],
      [second, turk],
      [maker, third],
    ] as const) {
      const rid = await askMeeting(ctx, exhibitionId, a, b);
      const res = await call('post', '/meeting-requests/{rid}/accept', { rid }, b, {});
      expect(res.body).toMatchObject({ status: 'accepted' });
      meetingIds.push(res.body.meetingId);
    }
  });

  it('schedules all, keeps a locked meeting on re-run, never double-books', async () => {
    const unavailable = await call(
      'put',
      '/exhibitions/{id}/participants/{pid}/unavailability',
      {
        id: exhibitionId,
        pid: (
          await ctx.app
            .get(DataSource)
            .query(`SELECT id FROM exhibition_participant WHERE "organizationId" = $1`, [
              maker.organizationId,
            ])
        )[0].id,
      },
      maker,
      { slots: [at(11, 5, 30)] },
    );
    expect(unavailable.status).toBe(200);
    const run = await call('post', '/exhibitions/{id}/schedule', E, organiser);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ placed: 5, unplaced: 0 });
    const lockAt = at(12, 7, 10);
    const locked = await call('patch', '/meetings/{mid}', { mid: meetingIds[0] }, organiser, {
      slotStart: lockAt,
      tableKey: 'online',
      locked: true,
    });
    expect(locked.status).toBe(200);
    expect(locked.body).toMatchObject({
      slotStart: lockAt,
      locked: true,
      table: { key: 'online' },
    });
    const rerun = await call('post', '/exhibitions/{id}/schedule', E, organiser);
    expect(rerun.body).toMatchObject({ placed: 5, unplaced: 0, locked: 1 });
    const agenda = await call('get', '/exhibitions/{id}/agenda', E, organiser);
    const items = agenda.body.items as Array<{
      id: string;
      slotStart: string;
      table: { key: string };
      requester: { id: string };
      recipient: { id: string };
    }>;
    expect(items.find((i) => i.id === meetingIds[0])).toMatchObject({ slotStart: lockAt });
    const seats = new Set<string>();
    const tables = new Set<string>();
    for (const i of items) {
      for (const who of [i.requester.id, i.recipient.id]) {
        expect(seats.has(`${who}@${i.slotStart}`)).toBe(false);
        seats.add(`${who}@${i.slotStart}`);
      }
      expect(tables.has(`${i.table.key}@${i.slotStart}`)).toBe(false);
      tables.add(`${i.table.key}@${i.slotStart}`);
      if ([i.requester.id, i.recipient.id].includes(maker.organizationId))
        expect(i.slotStart).not.toBe(at(11, 5, 30));
    }
    // Moving a meeting onto a participant's busy slot is refused.
    const other = items.find(
      (i) =>
        i.id !== meetingIds[0] && [i.requester.id, i.recipient.id].includes(turk.organizationId),
    )!;
    const clash = await call('patch', '/meetings/{mid}', { mid: other.id }, organiser, {
      slotStart: lockAt,
    });
    expect(clash.status).toBe(409);
  });

  it('shows participants their slots only once published, as JSON and as iCalendar', async () => {
    const before = await call('get', '/exhibitions/{id}/agenda', E, turk);
    expect(before.status).toBe(200);
    expect(before.body.publishedAt).toBeNull();
    expect(before.body.items.every((i: { slotStart: unknown }) => i.slotStart === null)).toBe(true);
    const published = await call('post', '/exhibitions/{id}/schedule/publish', E, organiser);
    expect(published.status).toBe(200);
    const after = await call('get', '/exhibitions/{id}/agenda', E, turk);
    expect(after.body.items.length).toBe(3);
    expect(
      after.body.items.every((i: { slotStart: unknown }) => typeof i.slotStart === 'string'),
    ).toBe(true);
    const ics = await request(ctx.url)
      .get(`/api/v1/exhibitions/${exhibitionId}/agenda.ics`)
      .set(bearer(turk))
      .set('accept-language', 'tr')
      .buffer(true)
      .parse((res, cb) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString('utf8')));
        res.on('end', () => cb(null, data));
      })
      .expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(ics.body as string));
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      after.body.items.map((i: { id: string }) => `${i.id}@niaz`).sort(),
    );
    for (const e of events) {
      const item = after.body.items.find((i: { id: string }) => `${i.id}@niaz` === e.uid);
      expect(new Date(e.startDate.toUnixTime() * 1000).toISOString()).toBe(item.slotStart);
      expect(e.startDate.zone.tzid).toBe('Asia/Tehran');
      expect(e.summary).toMatch(/ile görüşme$/);
    }
    const wholeFair = await request(ctx.url)
      .get(`/api/v1/exhibitions/${exhibitionId}/agenda.ics`)
      .set(bearer(organiser))
      .expect(200);
    expect((wholeFair.text.match(/BEGIN:VEVENT/g) ?? []).length).toBe(5);
  });

  it("gives the agenda as a PDF in the reader's language, Persian included", async () => {
    const tr = await request(ctx.url)
      .get(`/api/v1/exhibitions/${exhibitionId}/agenda.pdf`)
      .set(bearer(turk))
      .set('accept-language', 'tr')
      .buffer(true)
      .responseType('blob')
      .expect(200);
    expect(tr.headers['content-type']).toMatch(/application\/pdf/);
    const text = pdfText(tr.body as Buffer);
    expect(text).toContain('Görüşme ajandası');
    expect(text).toContain(`Org ${maker.email}`);
    expect(text).toContain('Asia/Tehran');
    const fa = await request(ctx.url)
      .get(`/api/v1/exhibitions/${exhibitionId}/agenda.pdf`)
      .set(bearer(maker))
      .set('accept-language', 'fa')
      .buffer(true)
      .responseType('blob')
      .expect(200);
    expect((fa.body as Buffer).subarray(0, 4).toString()).toBe('%PDF');
    expect(
      pdfFonts(fa.body as Buffer)
        .map(([name]) => name)
        .join(' '),
    ).toMatch(/Vazirmatn/);
    const outsiderPdf = await request(ctx.url)
      .get(`/api/v1/exhibitions/${exhibitionId}/agenda.pdf`)
      .set(bearer(outsider));
    expect(outsiderPdf.status).toBe(403);
  });

  it('marks held and no-show, takes outcomes, and counts the funnel with what followed', async () => {
    const ds = ctx.app.get(DataSource);
    // The fair has happened: the meeting about the need was in the past.
    await ds.query(`UPDATE meeting SET "slotStart" = now() - interval '2 days' WHERE id = $1`, [
      meetingIds[0],
    ]);
    const early = await call('post', '/meetings/{mid}/outcome', { mid: meetingIds[0] }, turk, {
      rating: 5,
      followUp: 'bid',
    });
    expect(early.status).toBe(409);
    const held = await call('patch', '/meetings/{mid}', { mid: meetingIds[0] }, maker, {
      status: 'held',
    });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('held');
    const sideMoves = await call('patch', '/meetings/{mid}', { mid: meetingIds[1] }, maker, {
      locked: true,
    });
    expect(sideMoves.status).toBe(403);
    // Not before its slot starts: the organiser cannot mark a future meeting missed (nor held).
    for (const status of ['no_show', 'held']) {
      const tooEarly = await call('patch', '/meetings/{mid}', { mid: meetingIds[1] }, organiser, {
        status,
      });
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.type).toMatch(/meeting-not-started$/);
      expect(tooEarly.body.detail).toMatch(/only after its slot starts/);
    }
    const [still] = await ds.query(`SELECT status FROM meeting WHERE id = $1`, [meetingIds[1]]);
    expect(still.status).toBe('accepted');
    await ds.query(`UPDATE meeting SET "slotStart" = now() - interval '1 minute' WHERE id = $1`, [
      meetingIds[1],
    ]);
    const noShow = await call('patch', '/meetings/{mid}', { mid: meetingIds[1] }, organiser, {
      status: 'no_show',
    });
    expect(noShow.body.status).toBe('no_show');
    const badRating = await call('post', '/meetings/{mid}/outcome', { mid: meetingIds[0] }, turk, {
      rating: 9,
      followUp: 'bid',
    });
    expect(badRating.status).toBe(400);
    expect(badRating.body.errors[0].field).toBe('rating');
    const outcome = await call('post', '/meetings/{mid}/outcome', { mid: meetingIds[0] }, turk, {
      rating: 5,
      followUp: 'bid',
    });
    expect(outcome.body.requesterOutcome).toMatchObject({ rating: 5, followUp: 'bid' });
    // After the meeting the supplier signs the NDA, bids and wins.
    await request(ctx.url)
      .post(`/api/v1/needs/${needId}/nda`)
      .set(bearer(turk))
      .expect((r) => {
        if (r.status >= 300) throw new Error(`nda ${r.status}`);
      });
    const bid = await request(ctx.url)
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(turk))
      .send(bidPayload());
    expect(bid.status).toBe(201);
    const award = await request(ctx.url)
      .post(`/api/v1/bids/${bid.body.id}/award`)
      .set(bearer(maker));
    expect(award.status).toBeLessThan(300);
    const funnel = await call('get', '/exhibitions/{id}/meeting-stats', E, organiser);
    expect(funnel.status).toBe(200);
    expect(funnel.body).toMatchObject({
      participants: 4,
      requested: 7,
      declined: 1,
      expired: 1,
      accepted: 5,
      scheduled: 5,
      held: 1,
      noShow: 1,
      followedByNda: 1,
      followedByBid: 1,
      followedByAward: 1,
      importValueSubstituted: [{ amount: '2000000.00', currency: 'EUR' }],
    });
  });

  it('lets participants pick a common free slot, or take the earliest, when the organisers say so', async () => {
    const ds = ctx.app.get(DataSource);
    await ds.query(`UPDATE meeting_settings SET mode = 'participants'`);
    // About a need of its own: a pair may meet again about another need.
    const rid = await askMeeting(ctx, exhibitionId, third, turk, await openNeed(ctx, third));
    // 10:00 Tehran on the first day lies in the break.
    const inBreak = await call('post', '/meeting-requests/{rid}/accept', { rid }, turk, {
      slotStart: at(11, 6, 30),
    });
    expect(inBreak.status).toBe(400);
    const agenda = await call('get', '/exhibitions/{id}/agenda', E, organiser);
    const busy = new Set(
      (
        agenda.body.items as Array<{
          slotStart: string;
          requester: { id: string };
          recipient: { id: string };
        }>
      )
        .filter((i) =>
          [i.requester.id, i.recipient.id].some(
            (o) => o === turk.organizationId || o === third.organizationId,
          ),
        )
        .map((i) => i.slotStart),
    );
    const slots = (await call('get', '/exhibitions/{id}/meeting-settings', E, turk)).body
      .slots as Array<{ start: string }>;
    const taken = slots.find((x) => busy.has(x.start))!.start;
    const clash = await call('post', '/meeting-requests/{rid}/accept', { rid }, turk, {
      slotStart: taken,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.type).toMatch(/slot-taken/);
    const free = slots.find((x) => !busy.has(x.start))!.start;
    const ok = await call('post', '/meeting-requests/{rid}/accept', { rid }, turk, {
      slotStart: free,
    });
    expect(ok.status).toBe(200);
    const mine = await call('get', '/exhibitions/{id}/agenda', E, third);
    expect(mine.body.items.find((i: { id: string }) => i.id === ok.body.meetingId)).toMatchObject({
      slotStart: free,
    });

    // Accepting without naming a slot books the earliest common free one (API.md: slotStart?).
    const next = await askMeeting(ctx, exhibitionId, third, turk, await openNeed(ctx, third));
    const picked = await call('post', '/meeting-requests/{rid}/accept', { rid: next }, turk, {});
    expect(picked.status).toBe(200);
    const busyNow = new Set([...busy, free]);
    const earliest = slots.find((x) => !busyNow.has(x.start) && Date.parse(x.start) > Date.now())!;
    const placed = (await call('get', '/exhibitions/{id}/agenda', E, third)).body.items.find(
      (i: { id: string }) => i.id === picked.body.meetingId,
    );
    expect(placed).toMatchObject({ slotStart: earliest.start });
    expect(placed.table).toEqual(expect.objectContaining({ key: expect.any(String) }));
    await ds.query(`UPDATE meeting_settings SET mode = 'organiser'`);
  });

  it('never double-books a participant when two accepts race for one slot', async () => {
    const ds = ctx.app.get(DataSource);
    await ds.query(`UPDATE meeting_settings SET mode = 'participants'`);
    const need = await openNeed(ctx, maker, { title: 'RACE بلبرینگ' });
    const r1 = await askMeeting(ctx, exhibitionId, turk, maker, need);
    const r2 = await askMeeting(ctx, exhibitionId, second, maker, need);
    const busy = new Set(
      (await call('get', '/exhibitions/{id}/agenda', E, maker)).body.items.map(
        (i: { slotStart: string }) => i.slotStart,
      ),
    );
    const slots = (await call('get', '/exhibitions/{id}/meeting-settings', E, maker)).body
      .slots as Array<{ start: string }>;
    const slot = slots.filter((x) => !busy.has(x.start)).pop()!.start;
    const answers = await Promise.all(
      [r1, r2].map((rid) =>
        request(ctx.url)
          .post(`/api/v1/meeting-requests/${rid}/accept`)
          .set(bearer(maker))
          .send({ slotStart: slot }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM meeting WHERE "slotStart" = $1
          AND $2 IN ("requesterOrganizationId", "recipientOrganizationId")`,
      [slot, maker.organizationId],
    );
    expect(n).toBe(1);
    await ds.query(`UPDATE meeting_settings SET mode = 'organiser'`);
  });

  describe('who may do what', () => {
    type Role = 'anonymous' | 'outsider' | 'side' | 'otherParticipant' | 'organiser';
    const as = (role: Role) =>
      ({ anonymous: undefined, outsider, side: turk, otherParticipant: second, organiser })[
        role
      ] as Actor | undefined;

    it.each([
      [
        'get',
        '/exhibitions/{id}/participants',
        { anonymous: 401, outsider: 200, side: 200, otherParticipant: 200, organiser: 200 },
      ],
      [
        'get',
        '/exhibitions/{id}/meeting-stats',
        { anonymous: 401, outsider: 403, side: 403, otherParticipant: 403, organiser: 200 },
      ],
      [
        'post',
        '/exhibitions/{id}/schedule',
        { anonymous: 401, outsider: 403, side: 403, otherParticipant: 403, organiser: 200 },
      ],
      [
        'post',
        '/exhibitions/{id}/schedule/publish',
        { anonymous: 401, outsider: 403, side: 403, otherParticipant: 403, organiser: 200 },
      ],
      [
        'put',
        '/exhibitions/{id}/meeting-settings',
        { anonymous: 401, outsider: 403, side: 403, otherParticipant: 403, organiser: 409 },
      ],
      [
        'get',
        '/exhibitions/{id}/agenda',
        { anonymous: 401, outsider: 403, side: 200, otherParticipant: 200, organiser: 200 },
      ],
    ] as const)('%s %s', async (method, template, expected) => {
      for (const role of Object.keys(expected) as Role[]) {
        // The organiser's PUT keeps the grid but would strand meetings moved by the test above.
        const body =
          method === 'put' ? settingsPayload({ tables: [{ key: 'x', name: 'x' }] }) : undefined;
        const res = await call(method, template, E, as(role), body);
        expect({ role, status: res.status }).toEqual({ role, status: expected[role] });
      }
    });

    it('registrations, unavailability, settings, inbox, outcomes and calendars, per role', async () => {
      const stranger = await register(ctx, ['supplier']);
      const late = await register(ctx, ['manufacturer']);
      const latePid = await participate(ctx, exhibitionId, late);
      const who = {
        ...Object.fromEntries(
          (['anonymous', 'outsider', 'side', 'otherParticipant', 'organiser'] as Role[]).map(
            (r) => [r, as(r)],
          ),
        ),
        stranger,
      } as Record<Role | 'stranger', Actor | undefined>;
      const expectAll = async (
        label: string,
        expected: Partial<Record<Role | 'stranger', number>>,
        send: (a: Actor | undefined) => Promise<{ status: number }>,
      ) => {
        for (const [role, status] of Object.entries(expected)) {
          const res = await send(who[role as Role | 'stranger']);
          expect({ label, role, status: res.status }).toEqual({ label, role, status });
        }
      };
      const turkPid = (
        await ctx.app
          .get(DataSource)
          .query(`SELECT id FROM exhibition_participant WHERE "organizationId" = $1`, [
            turk.organizationId,
          ])
      )[0].id;
      await expectAll(
        'approve',
        { anonymous: 401, stranger: 403, outsider: 403, side: 403, organiser: 200 },
        (a) =>
          call(
            'post',
            '/exhibitions/{id}/participants/{pid}/approve',
            { id: exhibitionId, pid: latePid },
            a,
          ),
      );
      await expectAll(
        'unavailability',
        {
          anonymous: 401,
          stranger: 404,
          outsider: 404,
          otherParticipant: 404,
          side: 200,
          organiser: 200,
        },
        (a) =>
          call(
            'put',
            '/exhibitions/{id}/participants/{pid}/unavailability',
            { id: exhibitionId, pid: turkPid },
            a,
            {
              slots: [],
            },
          ),
      );
      const notASlot = await call(
        'put',
        '/exhibitions/{id}/participants/{pid}/unavailability',
        { id: exhibitionId, pid: turkPid },
        turk,
        { slots: [at(11, 3, 7)] },
      );
      expect(notASlot.status).toBe(400);
      expect(notASlot.body.errors[0]).toMatchObject({ field: 'slots[0]', code: 'not-a-slot' });
      await expectAll(
        'settings',
        { anonymous: 401, stranger: 403, outsider: 200, side: 200, organiser: 200 },
        (a) => call('get', '/exhibitions/{id}/meeting-settings', E, a),
      );
      // A stranger's inbox is empty: it never lists others' requests.
      const strangers = await call('get', '/exhibitions/{id}/meeting-requests', E, stranger);
      expect(strangers.body.items).toEqual([]);
      const all = await call('get', '/exhibitions/{id}/meeting-requests', E, organiser);
      expect(all.body.items.length).toBeGreaterThan(5);
      await expectAll(
        'outcome of a meeting not held',
        {
          anonymous: 401,
          stranger: 404,
          outsider: 404,
          otherParticipant: 404,
          organiser: 403,
          side: 409,
        },
        (a) =>
          call('post', '/meetings/{mid}/outcome', { mid: meetingIds[2] }, a, {
            rating: 3,
            followUp: 'none',
          }),
      );
      await expectAll(
        'calendar',
        { anonymous: 401, stranger: 403, outsider: 403, side: 200, organiser: 200 },
        (a) =>
          request(ctx.url).get(`/api/v1/exhibitions/${exhibitionId}/agenda.ics`).set(bearer(a)),
      );
      // An organiser's view of one participant's agenda; a participant cannot ask for another's.
      const one = await call('get', '/exhibitions/{id}/agenda', E, organiser);
      expect(one.status).toBe(200);
      const peek = await request(ctx.url)
        .get(`/api/v1/exhibitions/${exhibitionId}/agenda?organizationId=${maker.organizationId}`)
        .set(bearer(turk));
      expect(peek.status).toBe(403);
    });

    it('a meeting exists only for its two sides and the organisers', async () => {
      const mid = meetingIds[2];
      for (const [role, status] of [
        ['anonymous', 401],
        ['outsider', 404],
        ['organiser', 200],
      ] as const) {
        const res = await call('patch', '/meetings/{mid}', { mid }, as(role), { locked: false });
        expect({ role, status: res.status }).toEqual({ role, status });
      }
      const pending = await askMeeting(ctx, exhibitionId, third, second);
      for (const [who, status] of [
        [outsider, 404],
        [turk, 404],
        [third, 403],
        [organiser, 403],
      ] as const) {
        const res = await call('post', '/meeting-requests/{rid}/accept', { rid: pending }, who, {});
        expect(res.status).toBe(status);
      }
    });
  });
});
