import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { withBareServer } from '../lib/bare-server';
import type { CpuByProcess } from '../lib/cpu';
import { httpLoad, loadResult, LoadResult } from '../lib/http-load';
import type { CpuMeasure } from './search';

const NEED = {
  title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
  description: 'سالانه ۵۰۰۰ عدد بلبرینگ از آلمان وارد می‌کنیم',
  language: 'fa',
  hsCodes: ['848210'],
  quantityPerYear: 5000,
  unit: 'piece',
  annualImportValue: { amount: '60000.00', currency: 'EUR' },
  requiredCertifications: ['ISO 9001'],
  country: 'IR',
  province: 'Qom',
  details: 'confidential drawing',
};

/** `POST /api/v1/needs` (validation, auth, transaction, audit) at `connections` for `seconds`. */
export function measureCreateNeed(
  apiUrl: string,
  token: string,
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const body = JSON.stringify({
    ...NEED,
    bidDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
  });
  return httpLoad(
    apiUrl,
    [
      {
        method: 'POST',
        path: '/api/v1/needs',
        headers: { authorization: `Bearer ${token}` },
        body,
      },
    ],
    opts,
  );
}

/** The raw baseline: one-row INSERTs of the same need straight into PostgreSQL, as many clients. */
export async function measureRawInsert(
  databaseUrl: string,
  owner: { organizationId: string; userId: string },
  opts: { connections: number; seconds: number },
  /** Reads the CPU of the inserts (CpuMeter.measure) while the pool's backends are still open. */
  meter: CpuMeasure = async (work) => ({ result: await work(), cpu: {} }),
): Promise<LoadResult & { cpu: CpuByProcess }> {
  const pool = new Pool({ connectionString: databaseUrl, max: opts.connections });
  const times: number[] = [];
  const deadline = Date.now() + opts.seconds * 1000;
  let cpu: CpuByProcess = {};
  const bidDeadline = new Date(Date.now() + 30 * 86400_000);
  const client = async () => {
    while (Date.now() < deadline) {
      const t = performance.now();
      await pool.query(
        `INSERT INTO need (id, "organizationId", "createdById", title, description, language, "hsCodes", "quantityPerYear", unit,
           "annualImportValueAmount", "annualImportValueCurrency", "requiredCertifications", "bidDeadline", country, province, details)
         VALUES ($1,$2,$3,$4,$5,'fa',$6,5000,'piece','60000.00','EUR',$7,$8,'IR','Qom',$9)`,
        [
          randomUUID(),
          owner.organizationId,
          owner.userId,
          NEED.title,
          NEED.description,
          NEED.hsCodes,
          NEED.requiredCertifications,
          bidDeadline,
          NEED.details,
        ],
      );
      times.push(performance.now() - t);
    }
  };
  try {
    cpu = (await meter(() => Promise.all(Array.from({ length: opts.connections }, client)))).cpu;
  } finally {
    await pool.end();
  }
  return {
    ...loadResult(times, opts.seconds, { requests: times.length, errors: 0, non2xx: 0 }),
    cpu,
  };
}

/**
 * The raw component on the same work (issue 22): `bare-create-server.ts`, a bare Fastify route
 * in a process of its own that verifies the same token, loads the caller and the login's
 * revocation in the api's query and writes the same draft, audit record and chain entry in
 * one prepared statement; driven like the api, with the same body, and its CPU read the same
 * way (`bare` and `postgres` in `cpu`).
 */
export async function measureBareCreate(
  env: { databaseUrl: string; jwtSecret: string },
  token: string,
  opts: { connections: number; seconds: number },
  meterFor: (pid: number) => CpuMeasure,
): Promise<LoadResult & { cpu: CpuByProcess }> {
  return withBareServer(
    'bare-create-server.js',
    { DATABASE_URL: env.databaseUrl, JWT_SECRET: env.jwtSecret },
    async (url, pid) => {
      // One unmeasured second: the prepared statements and the JIT, as the api had its warm-up.
      await measureCreateNeed(url, token, { connections: opts.connections, seconds: 1 });
      const { result, cpu } = await meterFor(pid)(() => measureCreateNeed(url, token, opts));
      return { ...result, cpu };
    },
  );
}
