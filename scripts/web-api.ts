import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createApiApp } from '../apps/api/src/bootstrap';
import { buildOpenApiDocument } from '../apps/api/src/openapi';
import { repoRoot } from './repo-root';
import { startStack } from './stack';
import {
  ENUMS_TS,
  OPENAPI_JSON,
  SCHEMA_TS,
  renderEnums,
  renderOpenApiJson,
  renderOpenApiTypes,
} from './web-api/openapi-files';

/**
 * `npm run web:api`: boots the real api on a throw-away stack (own database, temp data
 * dir), writes its OpenAPI document to apps/web/src/api/openapi.json, the TypeScript
 * types generated from it to schema.d.ts and its enums as arrays to enums.ts. A test (test/web/openapi-client.e2e-spec.ts)
 * fails when these files no longer match the api.
 */
async function main(): Promise<void> {
  const root = repoRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-web-api-'));
  const database = `niaz_webapi_${randomBytes(4).toString('hex')}`;
  const log = (line: string) => console.log(`[web:api] ${line}`);
  const stack = await startStack({ dataDir, meiliPort: 0, log, database });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: stack.databaseUrl,
    REDIS_URL: stack.redisUrl,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
  });
  try {
    const app = await createApiApp({ logger: false });
    const document = buildOpenApiDocument(app);
    await app.close();
    writeFileSync(join(root, OPENAPI_JSON), renderOpenApiJson(document));
    writeFileSync(join(root, SCHEMA_TS), renderOpenApiTypes(document));
    writeFileSync(join(root, ENUMS_TS), renderEnums(document));
    log(`wrote ${OPENAPI_JSON}, ${SCHEMA_TS} and ${ENUMS_TS}`);
  } finally {
    const adminUrl = new URL(stack.databaseUrl);
    adminUrl.pathname = '/postgres';
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
