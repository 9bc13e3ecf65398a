import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { APP_NODE_FLAGS, dataSourceOptions, loadAppConfig } from '@niaz/core';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { demoAccess } from './demo/demo-env';
import { startMailbox } from './demo/mailbox';
import { seedDemo } from './demo/seed-demo';
import { repoRoot } from './repo-root';
import { startStack } from './stack';

const ROOT = repoRoot();

/**
 * `npm run demo`: the whole marketplace on one machine. Starts (or reuses) PostgreSQL, Redis
 * and Meilisearch, runs the migrations, loads demo data, starts api and worker, and stops
 * what it started on Ctrl-C.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[demo] ${line}`);
  const stack = await startStack({ dataDir: join(ROOT, '.data'), meiliPort: 7700, log });
  // E-mails (verification links, password resets, notices) land in a local mailbox page
  // unless a real SMTP_URL is given. Development only: the api itself never serves it.
  const mailbox = process.env.SMTP_URL
    ? undefined
    : await startMailbox({
        smtpPort: Number(process.env.DEMO_SMTP_PORT ?? 2525),
        httpPort: Number(process.env.DEMO_MAILBOX_PORT ?? 3025),
      });
  if (mailbox) log(`mailbox: e-mails the demo sends are at ${mailbox.pageUrl}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: stack.databaseUrl,
    REDIS_URL: stack.redisUrl,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    S3_ENDPOINT: stack.s3Endpoint,
    WEBHOOKS_ALLOW_PRIVATE: 'true',
    // Secrets not given are generated once and kept here (the log says so).
    NIAZ_DATA_DIR: process.env.NIAZ_DATA_DIR ?? join(ROOT, '.data'),
    SMTP_URL: process.env.SMTP_URL ?? mailbox?.smtpUrl,
    // Scripted clients on this machine must not be limited; production keeps the defaults.
    ...demoAccess(process.env),
    PORT: process.env.PORT ?? '3000',
  };
  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
    await mailbox?.stop();
    await stack.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const config = loadAppConfig(env);
    const ds = new DataSource(dataSourceOptions(config.database));
    await ds.initialize();
    const migrations = await ds.runMigrations({ transaction: 'each' });
    log(`migrations: ${migrations.length} run, schema up to date`);
    const { created } = await seedDemo(ds);
    log(created ? `demo data loaded (${created} organisations)` : 'demo data already present');
    await ds.destroy();
  } catch (e) {
    console.error(`[demo] ${e instanceof Error ? e.message : String(e)}`);
    await shutdown(1);
    return;
  }

  for (const app of ['api', 'worker']) {
    const entry = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
    const child = spawn(process.execPath, [...APP_NODE_FLAGS, entry], {
      env,
      stdio: 'inherit',
    });
    child.once('exit', (code) => {
      if (!stopping) {
        console.error(`[demo] ${app} exited with code ${code}`);
        void shutdown(1);
      }
    });
    children.push(child);
  }

  const url = `http://localhost:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(
    `\nNiaz is running on ${url}  (API docs: ${url}/docs)\n\nDemo logins (password for all: ${DEMO_PASSWORD}):`,
  );
  for (const a of DEMO_ACCOUNTS)
    console.log(
      `  ${a.email.padEnd(26)} ${a.organization.kinds.join('+').padEnd(22)} ${a.isAdmin ? 'platform admin' : a.organization.name}`,
    );
  console.log('\nCtrl-C stops api, worker and the services the demo started.\n');
}

void main();
