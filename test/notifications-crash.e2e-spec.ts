import { waitFor } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, register } from './support/actors';
import {
  BotApiStandIn,
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  WebhookReceiver,
} from './support/notification-receivers';
import {
  addCapability,
  addWebhook,
  linkMessenger,
  matchingSettled,
  publishNeed,
  storeMatches,
} from './support/notify-helpers';
import { spawnWorker, WorkerProcess } from './support/worker-process';

const ORGS = 4;
const NEEDS_BEFORE = 6;
const NEEDS_WHILE_DOWN = 2;

/**
 * The worker is a separate process killed with SIGKILL in the middle of a batch — events
 * handled, deliveries in flight (the receivers hold their answers), more deliveries queued —
 * then started again: every candidate still gets exactly one inbox entry, one e-mail, one
 * webhook per organisation and one messenger message per need.
 */
describe('notifications survive a worker killed mid-batch (child process, SIGKILL)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let bot: BotApiStandIn;
  let worker: WorkerProcess | undefined;
  let channels: ChannelReceivers | undefined;

  beforeAll(async () => {
    channels = await startChannelReceivers({
      NOTIFY_BACKOFF_MS: '20',
      // A killed worker's jobs are taken over once their 3 s lock lapses.
      NOTIFY_LOCK_MS: '3000',
      WORKER_CONCURRENCY: '30',
    });
    ({ smtp, hooks, bot } = channels);
    ctx = await startApi(); // the api only: the worker is the child process
    worker = await spawnWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await ctx?.close();
    await channels?.close();
  });

  it('loses nobody and duplicates nobody', async () => {
    const db = ctx.app.get(DataSource);
    const buyer = await register(ctx, ['manufacturer']);
    const owners: Actor[] = [];
    const users: Actor[] = [];
    const capabilities: string[] = [];
    const chats = new Map<number, string>(); // chat id → user id
    const hookPaths = new Map<string, string>(); // path → organisation id
    for (let i = 0; i < ORGS; i++) {
      const owner = await register(ctx, ['supplier']);
      const member = await addMember(ctx, owner);
      owners.push(owner);
      users.push(owner, member);
      capabilities.push(await addCapability(ctx, owner));
      hookPaths.set((await addWebhook(ctx, hooks, owner)).path, owner.organizationId);
      for (const u of [owner, member]) chats.set(await linkMessenger(ctx, bot, u), u.userId);
    }
    const match = async (needId: string) =>
      storeMatches(
        ctx,
        needId,
        buyer.organizationId,
        owners.map((o, i) => ({
          capabilityId: capabilities[i],
          organizationId: o.organizationId,
          score: 0.5 + i / 10,
        })),
        // The matcher settled once below, before the kill; while the worker is down nothing
        // relays, so there is nothing to wait for.
        { settle: false },
      );
    const needs: string[] = [];
    for (let i = 0; i < NEEDS_BEFORE + NEEDS_WHILE_DOWN; i++) {
      needs.push(await publishNeed(ctx, buyer, { title: `Crash test need ${i}` }));
    }
    await matchingSettled(ctx);
    const perNeed = users.length * 2 + ORGS; // e-mail and messenger per user, webhook per org
    const total = needs.length * perNeed;
    const sent = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM delivery WHERE status = 'sent'`))[0].n;

    // A few deliveries go through, then every receiver keeps its answers waiting. The kill
    // comes once those few are marked sent: every other delivery is then either waiting in
    // the queue or held mid-request (a kill between a receiver's "accepted" and the `sent`
    // mark would send twice — the one gap no sender can close; see DeliveryService).
    const passing = { email: 5, webhook: 3, messenger: 5 };
    smtp.gate.hold(passing.email);
    hooks.gate.hold(passing.webhook);
    bot.gate.hold(passing.messenger);
    for (const needId of needs.slice(0, NEEDS_BEFORE)) await match(needId);
    const inFlight = async () =>
      (
        await db.query(
          `SELECT channel FROM delivery WHERE status = 'sending' GROUP BY channel ORDER BY channel`,
        )
      ).map((r: { channel: string }) => r.channel);
    await waitFor(
      async () =>
        (await inFlight()).join() === 'email,messenger,webhook' &&
        (await sent()) === passing.email + passing.webhook + passing.messenger,
      { what: 'deliveries of every channel in flight', timeoutMs: 30_000 },
    );
    const sentAtKill = await sent();
    await worker!.kill();
    worker = undefined;
    expect(sentAtKill).toBeLessThan(NEEDS_BEFORE * perNeed);
    expect(await inFlight()).toEqual(['email', 'messenger', 'webhook']);

    // While it is down, more needs are matched (their events wait in the outbox).
    for (const needId of needs.slice(NEEDS_BEFORE)) await match(needId);
    smtp.gate.release();
    hooks.gate.release();
    bot.gate.release();
    worker = await spawnWorker();

    await waitFor(async () => (await sent()) === total, {
      what: `all ${total} deliveries`,
      timeoutMs: 60_000,
      intervalMs: 250,
    });

    // The deliveries cut off by the kill were taken over and sent again.
    const [{ n: retaken }] = await db.query(
      `SELECT count(*)::int AS n FROM delivery WHERE attempts >= 2`,
    );
    expect(retaken).toBeGreaterThan(0);

    // Inbox: each user exactly one entry per need.
    const inbox: Array<{ userId: string; needs: string[] }> = await db.query(
      `SELECT "userId", array_agg(params->>'needId' ORDER BY params->>'needId') AS needs
         FROM notification WHERE type = 'need.matched' GROUP BY "userId"`,
    );
    expect(inbox).toHaveLength(users.length);
    for (const row of inbox) expect(row.needs).toEqual([...needs].sort());

    // E-mail, messenger, webhooks: exactly one per (recipient, need), nothing twice.
    const needOf = (text: string) => needs.find((n) => text.includes(`/needs/${n}`));
    const count = (keys: string[]) => {
      const tally = new Map<string, number>();
      for (const k of keys) tally.set(k, (tally.get(k) ?? 0) + 1);
      return tally;
    };
    const mails = count(
      smtp.messages.map((m) => `${JSON.stringify(m.to)}|${needOf(m.text ?? '')}`),
    );
    expect(smtp.messages).toHaveLength(users.length * needs.length);
    expect([...mails.values()].every((n) => n === 1)).toBe(true);
    expect(mails.size).toBe(users.length * needs.length);

    const messages = bot.sent().filter((c) => needOf(String(c.body.text)));
    const chatsTold = count(messages.map((c) => `${c.body.chat_id}|${needOf(c.body.text)}`));
    expect(messages).toHaveLength(users.length * needs.length);
    expect(chatsTold.size).toBe(users.length * needs.length);

    const accepted = hooks.accepted();
    const hooksTold = count(accepted.map((c) => `${c.path}|${c.payload!.data.needId}`));
    expect(accepted).toHaveLength(ORGS * needs.length);
    expect(hooksTold.size).toBe(ORGS * needs.length);
    expect(hooks.calls.filter((c) => c.error)).toEqual([]);
    expect([...hookPaths.keys()].sort()).toEqual([...new Set(accepted.map((c) => c.path))].sort());
  });
});
