import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__NIAZ_STACK__;
  if (!state) return;
  const url = new URL(state.stack.databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  } catch (e) {
    process.stderr.write(`[test stack] could not drop ${state.database}: ${String(e)}\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
  await state.stack.stop();
  const dir = process.env.NIAZ_TEST_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
