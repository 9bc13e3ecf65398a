import { randomUUID } from 'node:crypto';
import { auditInsert } from '@niaz/core';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { firstNeedEntry } from './need-audit';
import { NeedAuditEntry } from './need-audit-entry.entity';
import { Need } from './need.entity';

/**
 * Writes a new draft, its audit record and the first entry of its chain in ONE statement
 * (data-modifying CTEs: all or nothing, like the transaction it replaces). BEGIN, three
 * INSERTs and COMMIT were five round trips and most of POST /needs' cost (issue 22). The
 * need's generated columns are read back from the same statement, as `save` would.
 */
export async function insertDraftWithEvents(
  ds: DataSource,
  need: Need,
  actorId: string | null,
): Promise<void> {
  // Known before the insert: the audit rows of the same statement name it.
  need.id = randomUUID();
  const metadata = ds.getMetadata(Need);
  const generated = metadata.getInsertionReturningColumns().map((c) => c.propertyPath);
  const statements = [
    insertOf(ds, Need, need, generated),
    auditInsert({
      actorId,
      subjectType: 'need',
      subjectId: need.id,
      action: 'create',
      after: { status: 'draft' },
    }),
    insertOf(
      ds,
      NeedAuditEntry,
      firstNeedEntry(ds.manager, { needId: need.id, type: 'create', actorId }),
    ),
  ];
  const params: unknown[] = [];
  const parts = statements.map(([sql, values], i) => {
    const offset = params.length;
    params.push(...values);
    const numbered = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `${i === 0 ? 'created' : `written_${i}`} AS (${numbered})`;
  });
  const rows = (await ds.query(`WITH ${parts.join(', ')} SELECT * FROM created`, params)) as [
    Record<string, unknown>,
  ];
  // What `save` does after an insert: unset nullable columns read null, then the database's values.
  for (const column of metadata.columns)
    if (
      column.isNullable &&
      !column.isVirtual &&
      !column.isDeleteDate &&
      column.getEntityValue(need) === undefined
    )
      column.setEntityValue(need, null);
  const generatedMap = ds.driver.createGeneratedMap(metadata, rows[0]) ?? {};
  ds.manager.merge(Need, need, generatedMap);
}

function insertOf<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  row: T,
  returning?: string[],
): [string, unknown[]] {
  const qb = ds.createQueryBuilder().insert().into(target).values(row);
  if (returning?.length) qb.returning(returning);
  return qb.getQueryAndParameters();
}
