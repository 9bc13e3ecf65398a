/**
 * The cost of telling one need's candidates: NoticeWriterService.write for `need.matched` (every
 * inbox row and every delivery in one statement) plus queueing the deliveries in BullMQ.
 * Not a test: it prints figures. Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL); works
 * in a throw-away schema and queue prefix, removed at the end.
 *
 *   node -r ./test/support/swc-register.js bench/notifications-hot-path.ts [needs] [orgs] [inbox]
 *
 * (or `npm run build` and `node dist/bench/notifications-hot-path.js`).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule, dataSourceOptions, loadAppConfig } from '@niaz/core';
import { QueueRegistry, QueuesModule } from '@niaz/jobs';
import {
  needMatchedRecipients,
  NoticeWriterService,
  NotificationsCoreModule,
} from '@niaz/notifications';
import { DataSource } from 'typeorm';

const NEEDS = Number(process.argv[2] ?? 200);
const ORGS = Number(process.argv[3] ?? 20);
const MEMBERS = 2;
const CONCURRENCY = 20;
/** `inbox`: no e-mail or messenger configured and no webhooks: the in-app rows alone. */
const INBOX_ONLY = process.argv[4] === 'inbox';

@Module({
  imports: [CoreConfigModule, DatabaseModule, QueuesModule.forRoot(), NotificationsCoreModule],
})
class BenchModule {}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const id = randomBytes(4).toString('hex');
  Object.assign(process.env, {
    DATABASE_SCHEMA: `bench_${id}`,
    QUEUE_PREFIX: `bench-${id}`,
    LOG_LEVEL: 'silent',
    SMTP_URL: INBOX_ONLY ? '' : 'smtp://127.0.0.1:2525',
    MESSENGER_API_BASE: INBOX_ONLY ? '' : 'http://127.0.0.1:9',
    MESSENGER_BOT_TOKEN: INBOX_ONLY ? '' : '1:bench',
  });
  const config = loadAppConfig(process.env);
  const admin = new DataSource({
    ...dataSourceOptions({ ...config.database, schema: 'public', poolSize: 1 }),
    entities: [],
    migrations: [],
  });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA "${config.database.schema}"`);
  const setup = new DataSource(dataSourceOptions({ ...config.database, poolSize: 2 }));
  await setup.initialize();
  await setup.runMigrations({ transaction: 'all' });

  // One buyer, ORGS supplier organisations of MEMBERS users, each with a capability, a
  // webhook and linked chats; NEEDS open needs, each matched to every supplier.
  await setup.query(`
    WITH buyer AS (
      INSERT INTO organization (name, kinds, country) VALUES ('Buyer', '{manufacturer}', 'IR') RETURNING id
    ), orgs AS (
      INSERT INTO organization (name, kinds, country)
      SELECT 'Supplier ' || g, '{supplier}', 'TR' FROM generate_series(1, ${ORGS}) g RETURNING id
    ), users AS (
      INSERT INTO app_user (email, "passwordHash", name, language)
      SELECT 'u' || o.id || '-' || m || '@bench.niaz', 'x', 'Bench', (ARRAY['fa','tr','en'])[1 + m % 3]
        FROM orgs o, generate_series(1, ${MEMBERS}) m RETURNING id, email
    ), members AS (
      INSERT INTO membership ("userId", "organizationId", role)
      SELECT u.id, o.id, 'member' FROM users u JOIN orgs o ON u.email LIKE 'u' || o.id || '-%' RETURNING 1
    ), caps AS (
      INSERT INTO capability ("organizationId", "createdById", title, language, "hsCodes", country)
      SELECT o.id, o.id, 'Rulman üretimi', 'tr', '{8482}', 'TR' FROM orgs o RETURNING 1
    ), hooks AS (
      INSERT INTO webhook_endpoint ("organizationId", "createdById", url, secret)
      SELECT o.id, o.id, 'https://hooks.example.com/' || o.id, 'whsec_' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64')
        FROM orgs o WHERE NOT ${INBOX_ONLY} RETURNING 1
    ), links AS (
      INSERT INTO messenger_link ("userId", "codeExpiresAt", "chatId", "linkedAt")
      SELECT u.id, now(), (1000000 + row_number() OVER ())::text, now() FROM users u RETURNING 1
    )
    INSERT INTO need ("organizationId", "createdById", status, title, language, "hsCodes", "bidDeadline", country)
    SELECT b.id, b.id, 'open', 'بلبرینگ ' || g, 'fa', '{848210}', now() + interval '30 days', 'IR'
      FROM buyer b, generate_series(1, ${NEEDS}) g`);
  await setup.query(`
    INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
    SELECT n.id, c.id, n."organizationId", c."organizationId", 0.4 + random() * 0.5,
           '[{"code":"hs_heading","params":{"code":"8482"},"text":"same HS heading 8482"}]'
      FROM need n CROSS JOIN capability c`);
  const needIds: string[] = (await setup.query(`SELECT id FROM need ORDER BY id`)).map(
    (r: { id: string }) => r.id,
  );

  const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
  const writer = app.get(NoticeWriterService);
  const queues = app.get(QueueRegistry);
  await queues.get('deliveries').waitUntilReady();
  const env = config.env;
  // Split each write into the statement and the queueing of its deliveries.
  const queueTimings: number[] = [];
  const queuePending = writer.queuePending.bind(writer);
  writer.queuePending = async (keys: string[]) => {
    const t0 = process.hrtime.bigint();
    const n = await queuePending(keys);
    queueTimings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    return n;
  };

  // Warm-up (connections, plans), then sequential and concurrent runs.
  await writer.write(needMatchedRecipients(needIds[0], env.MATCH_TOP_N, env.MATCH_MIN_SCORE));
  const timings: number[] = [];
  let notified = 0;
  let deliveries = 0;
  const run = async (needId: string) => {
    const t0 = process.hrtime.bigint();
    const r = await writer.write(
      needMatchedRecipients(needId, env.MATCH_TOP_N, env.MATCH_MIN_SCORE),
    );
    timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    notified += r.notified;
    deliveries += r.deliveries;
  };
  const half = Math.floor(needIds.length / 2);
  const started = Date.now();
  for (const needId of needIds.slice(1, half)) await run(needId);
  const sequential = [...timings].sort((a, b) => a - b);
  const sequentialQueue = queueTimings.slice(1).sort((a, b) => a - b);
  const sequentialMs = Date.now() - started;
  timings.length = 0;
  const rest = needIds.slice(half);
  const t1 = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = w; i < rest.length; i += CONCURRENCY) await run(rest[i]);
    }),
  );
  const concurrentMs = Date.now() - t1;
  const concurrent = [...timings].sort((a, b) => a - b);
  const perNeed = notified / (needIds.length - 1);

  const line = (name: string, sorted: number[], wallMs: number) =>
    `${name.padEnd(26)} p50 ${pct(sorted, 50).toFixed(1)} ms  p95 ${pct(sorted, 95).toFixed(1)} ms  p99 ${pct(sorted, 99).toFixed(1)} ms  ` +
    `(${(sorted.length / (wallMs / 1000)).toFixed(0)} needs/s)`;
  console.log(
    `need.matched → ${perNeed.toFixed(0)} inbox rows and ${(deliveries / (needIds.length - 1)).toFixed(0)} deliveries per need (${ORGS} organisations × ${MEMBERS} users; top ${env.MATCH_TOP_N})`,
  );
  console.log(line('one at a time', sequential, sequentialMs));
  console.log(
    `  of which queueing the deliveries (SELECT pending + addBulk): p50 ${pct(sequentialQueue, 50).toFixed(1)} ms  p95 ${pct(sequentialQueue, 95).toFixed(1)} ms`,
  );
  console.log(line(`${CONCURRENCY} at once`, concurrent, concurrentMs));
  console.log(
    `per notification (inbox row${INBOX_ONLY ? '' : ' + its deliveries + their jobs'}), one at a time: ${(pct(sequential, 50) / perNeed).toFixed(2)} ms`,
  );

  await queues.get('deliveries').obliterate({ force: true });
  await app.close();
  await setup.destroy();
  await admin.query(`DROP SCHEMA "${config.database.schema}" CASCADE`);
  await admin.destroy();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
