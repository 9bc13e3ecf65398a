import request from 'supertest';
import { ApiTestContext } from './api-app';
import { Actor, bearer } from './actors';

const DAY = 86400_000;

/** Midnight UTC `days` from now, plus `hours`: block times inside a test exhibition. */
export function at(days: number, hours: number, minutes = 0): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hours, minutes, 0, 0);
  return d.toISOString();
}

/**
 * Two fair days (11 and 12 days from now, inside the exhibition of `exhibitionPayload`) of
 * 09:00–11:00 Tehran time in 20-minute slots, a 10:00–10:20 break on the first, two tables.
 */
export function settingsPayload(overrides: Record<string, unknown> = {}) {
  return {
    slotMinutes: 20,
    timeZone: 'Asia/Tehran',
    blocks: [
      { startsAt: at(11, 5, 30), endsAt: at(11, 7, 30) },
      { startsAt: at(12, 5, 30), endsAt: at(12, 7, 30) },
    ],
    breaks: [{ startsAt: at(11, 6, 30), endsAt: at(11, 6, 50) }],
    tables: [
      { key: 't1', name: 'میز ۱' },
      { key: 'online', name: 'Online', online: true, link: 'https://meet.example/niaz' },
    ],
    requestTtlHours: 48,
    maxPendingRequests: 20,
    mode: 'organiser',
    ...overrides,
  };
}

/** Registers `who` for the exhibition and, unless told otherwise, has the organiser approve it. */
export async function participate(
  ctx: ApiTestContext,
  exhibitionId: string,
  who: Actor,
  organiser?: Actor,
): Promise<string> {
  const res = await request(ctx.url)
    .post(`/api/v1/exhibitions/${exhibitionId}/participants`)
    .set(bearer(who))
    .send({ organizationId: who.organizationId });
  if (res.status !== 201) throw new Error(`participate: ${res.status} ${JSON.stringify(res.body)}`);
  if (organiser)
    await request(ctx.url)
      .post(`/api/v1/exhibitions/${exhibitionId}/participants/${res.body.id}/approve`)
      .set(bearer(organiser))
      .expect(200);
  return res.body.id;
}

export async function askMeeting(
  ctx: ApiTestContext,
  exhibitionId: string,
  from: Actor,
  to: Actor,
  needId?: string,
): Promise<string> {
  const res = await request(ctx.url)
    .post(`/api/v1/exhibitions/${exhibitionId}/meeting-requests`)
    .set(bearer(from))
    .send({
      toOrganizationId: to.organizationId,
      message: 'Görüşelim',
      ...(needId ? { needId } : {}),
    });
  if (res.status !== 201) throw new Error(`request: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
