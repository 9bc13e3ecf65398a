import { hashPassword } from '@niaz/identity';
import type { DataSource } from 'typeorm';
import type { BenchDataSet } from './generate';

export const BENCH_PASSWORD = 'bench-password-1404';
const BATCH = 2000;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Inserts the data set with set-based SQL (json_populate_recordset over the real tables, so
 * every column type, default and constraint of the schema applies). Search documents are then
 * built by the production reindex, which reads these rows like any others.
 */
export async function loadDataSet(ds: DataSource, data: BenchDataSet): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (const chunk of batches(data.organizations)) {
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO organization (id, name, language, kinds, country, province, verified, "verifiedAt")
         SELECT id, name, language, kinds, country, province, verified, CASE WHEN verified THEN now() END
           FROM json_populate_recordset(null::organization, $1::json)`,
        [JSON.stringify(chunk)],
      );
      await m.query(
        `INSERT INTO app_user (id, email, "passwordHash", name, language)
         SELECT r."userId", r.email, $2, r.name, r.language
           FROM json_to_recordset($1::json) AS r("userId" uuid, email text, name text, language text)`,
        [JSON.stringify(chunk), passwordHash],
      );
      await m.query(
        `INSERT INTO membership ("userId", "organizationId", role)
         SELECT r."userId", r.id, 'owner' FROM json_to_recordset($1::json) AS r("userId" uuid, id uuid)`,
        [JSON.stringify(chunk)],
      );
    });
  }
  for (const chunk of batches(data.capabilities)) {
    await ds.query(
      `INSERT INTO capability (id, "organizationId", "createdById", title, description, language, "hsCodes", processes,
         materials, certifications, "capacityPerYear", trl, "localContentPercent", country, province)
       SELECT id, "organizationId", "createdById", title, description, language, "hsCodes", processes,
         materials, certifications, "capacityPerYear", trl, "localContentPercent", country, province
         FROM json_populate_recordset(null::capability, $1::json)`,
      [JSON.stringify(chunk)],
    );
  }
  const deadline = new Date(Date.now() + 60 * 86400_000).toISOString();
  for (const chunk of batches(data.needs)) {
    const rows = chunk.map(({ annualImportValue, ...n }) => ({
      ...n,
      annualImportValueAmount: annualImportValue.amount,
      annualImportValueCurrency: annualImportValue.currency,
      bidDeadline: deadline,
      publishedAt: n.status === 'open' ? new Date().toISOString() : null,
    }));
    await ds.query(
      `INSERT INTO need (id, "organizationId", "createdById", status, title, description, language, "hsCodes",
         "quantityPerYear", unit, "importOrigin", "annualImportValueAmount", "annualImportValueCurrency",
         "requiredCertifications", "bidDeadline", country, province, details, "publishedAt")
       SELECT id, "organizationId", "createdById", status, title, description, language, "hsCodes",
         "quantityPerYear", 'piece', "importOrigin", "annualImportValueAmount", "annualImportValueCurrency",
         "requiredCertifications", "bidDeadline", country, province, details, "publishedAt"
         FROM json_populate_recordset(null::need, $1::json)`,
      [JSON.stringify(rows)],
    );
  }
  await ds.query('ANALYZE');
}
