import { OutboxWriter, QueueRegistry } from '@niaz/jobs';
import { waitFor } from '@niaz/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext } from './api-app';
import { Actor, bearer, needPayload } from './actors';
import type { BotApiStandIn, WebhookReceiver } from './notification-receivers';

export interface Candidate {
  capabilityId: string;
  organizationId: string;
  score: number;
  reasons?: Array<{ code: string; params: Record<string, string | number>; text: string }>;
}

export const REASONS = [
  { code: 'hs_heading', params: { code: '8482' }, text: 'same HS heading 8482' },
  { code: 'keyword', params: { a: 'rulman', b: 'بلبرینگ' }, text: 'keyword rulman ~ بلبرینگ' },
];

/** Every outbox event relayed and every matching job done: the real matcher has had its say. */
export async function matchingSettled(ctx: ApiTestContext): Promise<void> {
  const ds = ctx.app.get(DataSource);
  const matching = ctx.app.get(QueueRegistry).get('matching');
  await waitFor(
    async () => {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL`,
      );
      const jobs = await matching.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return n === 0 && Object.values(jobs).every((c) => c === 0);
    },
    { what: 'the matcher to settle' },
  );
}

/**
 * What the matcher does: store the need's matches and write `need.matched` in the same
 * transaction. Re-running it for a need is what a re-match (need.updated) does. The real
 * matcher runs in these tests too; it is let finish first, and the helpers' needs and
 * capabilities (bearings vs pallets) never fit each other in its eyes, so these rows, with
 * the scores a test chooses, are the only candidates.
 */
export async function storeMatches(
  ctx: ApiTestContext,
  needId: string,
  buyerOrganizationId: string,
  candidates: Candidate[],
  { settle = true } = {},
): Promise<void> {
  const ds = ctx.app.get(DataSource);
  const outbox = ctx.app.get(OutboxWriter);
  if (settle) await matchingSettled(ctx);
  await ds.transaction(async (m) => {
    for (const c of candidates) {
      await m.query(
        `INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ("needId", "capabilityId") DO UPDATE SET score = excluded.score, reasons = excluded.reasons`,
        [
          needId,
          c.capabilityId,
          buyerOrganizationId,
          c.organizationId,
          c.score,
          JSON.stringify(c.reasons ?? REASONS),
        ],
      );
    }
    await outbox.write(m, 'need.matched', { needId, actorId: null });
  });
}

export async function publishNeed(
  ctx: ApiTestContext,
  buyer: Actor,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = (
    await request(ctx.url)
      .post('/api/v1/needs')
      .set(bearer(buyer))
      .send(needPayload(overrides))
      .expect(201)
  ).body.id as string;
  await request(ctx.url).post(`/api/v1/needs/${id}/publish`).set(bearer(buyer)).expect(200);
  return id;
}

export async function addCapability(ctx: ApiTestContext, supplier: Actor): Promise<string> {
  return (
    await request(ctx.url)
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send({ title: 'Ahşap palet üretimi', hsCodes: ['441520'], country: 'TR' })
      .expect(201)
  ).body.id as string;
}

let nextChat = 7_000_000;

/** Links a Telegram chat to the user through the bot (`/start <code>`); returns the chat id. */
export async function linkMessenger(
  ctx: ApiTestContext,
  bot: BotApiStandIn,
  user: Actor,
): Promise<number> {
  const chatId = nextChat++;
  const res = await request(ctx.url).post('/api/v1/messenger-links').set(bearer(user)).expect(201);
  bot.pushMessage(chatId, `/start ${res.body.code}`);
  await waitFor(
    async () => {
      const list = await request(ctx.url).get('/api/v1/messenger-links').set(bearer(user));
      return list.body.items?.some((l: { status: string }) => l.status === 'linked');
    },
    { what: 'the chat to be linked', timeoutMs: 15_000 },
  );
  return chatId;
}

let nextHook = 1;

/** Registers a webhook for the owner's organisation at a fresh path of the receiver. */
export async function addWebhook(
  ctx: ApiTestContext,
  receiver: WebhookReceiver,
  owner: Actor,
  body: Record<string, unknown> = {},
): Promise<{ id: string; path: string; secret: string }> {
  const path = `/hook-${nextHook++}`;
  const res = await request(ctx.url)
    .post('/api/v1/webhooks')
    .set(bearer(owner))
    .send({ url: `${receiver.url}${path}`, ...body })
    .expect(201);
  receiver.secrets.set(path, res.body.secret);
  return { id: res.body.id, path, secret: res.body.secret };
}

/** Sets a user's language directly (registration takes the organisation's). */
export async function setLanguage(ctx: ApiTestContext, user: Actor, language: string) {
  await ctx.app
    .get(DataSource)
    .query(`UPDATE app_user SET language = $2 WHERE id = $1`, [user.userId, language]);
}
