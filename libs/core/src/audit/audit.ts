import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Appends to the audit log inside the caller's transaction. */
export async function audit(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.query(...auditInsert(record));
}

/**
 * The INSERT of one audit record, its placeholders numbered from `$1`: a caller may join it to
 * another statement (one round trip instead of a transaction of several).
 */
export function auditInsert(record: AuditRecord): [string, unknown[]] {
  return [
    `INSERT INTO audit_entry ("actorId", "subjectType", "subjectId", action, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      record.actorId,
      record.subjectType,
      record.subjectId,
      record.action,
      json(record.before),
      json(record.after),
    ],
  ];
}

const json = (v: Record<string, unknown> | null | undefined) => (v ? JSON.stringify(v) : null);

/** Appends many records at once (a spreadsheet import): one statement per 500 records. */
export async function auditMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const chunk = records.slice(i, i + 500);
    const values: unknown[] = [];
    const rows = chunk.map((r, j) => {
      values.push(r.actorId, r.subjectType, r.subjectId, r.action, json(r.before), json(r.after));
      const b = j * 6;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
    });
    await manager.query(
      `INSERT INTO audit_entry ("actorId", "subjectType", "subjectId", action, before, after) VALUES ${rows.join(', ')}`,
      values,
    );
  }
}
