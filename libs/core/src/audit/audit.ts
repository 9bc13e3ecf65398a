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
  await manager.query(
    `INSERT INTO audit_entry ("actorId", "subjectType", "subjectId", action, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      record.actorId,
      record.subjectType,
      record.subjectId,
      record.action,
      json(record.before),
      json(record.after),
    ],
  );
}

const json = (v: Record<string, unknown> | null | undefined) => (v ? JSON.stringify(v) : null);
