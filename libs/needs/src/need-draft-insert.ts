import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import { auditInsert, preparedQuery } from '@niaz/core';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { firstNeedEntry } from './need-audit';
import { NeedAuditEntry } from './need-audit-entry.entity';
import { Need } from './need.entity';

/**
 * Writes a new draft, its audit record and the first entry of its chain in ONE statement
 * (data-modifying CTEs: all or nothing, like the transaction it replaces). BEGIN, three
 * INSERTs and COMMIT were five round trips and most of POST /needs' cost (issue 22). The
 * need's generated columns are read back from the same statement, as `save` would.
 *
 * The statement is TypeORM's own INSERTs, built once for each shape (which columns take
 * their DEFAULT) and run as a named prepared statement: TypeORM's query building was ~8 % of
 * the api's CPU per POST /needs and PostgreSQL parsed and planned the CTE on every request.
 * The parameters are the column values as TypeORM prepares them (transformers, JSON,
 * dates); the first build of each shape checks them against TypeORM's, and a shape where
 * they differ keeps going through TypeORM (and its unnamed statement) every time.
 */
export async function insertDraftWithEvents(
  ds: DataSource,
  need: Need,
  actorId: string | null,
): Promise<void> {
  // Known before the insert: the audit rows of the same statement name it.
  need.id = randomUUID();
  const metadata = ds.getMetadata(Need);
  const entry = firstNeedEntry(ds.manager, { needId: need.id, type: 'create', actorId });
  const audit = auditInsert({
    actorId,
    subjectType: 'need',
    subjectId: need.id,
    action: 'create',
    after: { status: 'draft' },
  });
  const needRow = rowOf(ds, metadata, need);
  const entryRow = rowOf(ds, ds.getMetadata(NeedAuditEntry), entry);
  const shape = `${needRow.shape}|${entryRow.shape}`;
  const cache = statementsOf(ds);
  const ours = [...needRow.values, ...audit[1], ...entryRow.values];
  let statement = cache.get(shape);
  // A shape whose parameters differed from TypeORM's is built by TypeORM on every request.
  if (statement === undefined || !statement.name) {
    const built = buildStatement(ds, need, audit, entry, ours);
    if (statement === undefined && cache.size < MAX_SHAPES)
      cache.set(shape, built.name ? built : { text: built.text });
    statement = built;
  }
  const values = statement.name ? ours : statement.values!;
  const row = await run(ds, statement, values);
  // What `save` does after an insert: unset nullable columns read null, then the database's values.
  for (const column of metadata.columns)
    if (
      column.isNullable &&
      !column.isVirtual &&
      !column.isDeleteDate &&
      column.getEntityValue(need) === undefined
    )
      column.setEntityValue(need, null);
  // Then the returned columns, as `createGeneratedMap` + `merge` set them (raw from pg; the
  // entity has no relations), without their deep copies.
  for (const key of Object.keys(row)) {
    const column = metadata.findColumnWithDatabaseName(key);
    if (column && row[key] !== undefined) column.setEntityValue(need, row[key]);
  }
}

interface Statement {
  text: string;
  /**
   * The prepared statement's name; absent: TypeORM's parameters differed from ours, so the
   * statement is TypeORM's for this request only, with its `values`.
   */
  name?: string;
  values?: unknown[];
}

const MAX_SHAPES = 64;
let statementCount = 0;
const statementsByDataSource = new WeakMap<DataSource, Map<string, Statement>>();
const insertedColumnsByEntity = new WeakMap<EntityMetadata, ColumnMetadata[]>();

function statementsOf(ds: DataSource): Map<string, Statement> {
  let cache = statementsByDataSource.get(ds);
  if (!cache) statementsByDataSource.set(ds, (cache = new Map()));
  return cache;
}

/** The columns TypeORM's InsertQueryBuilder writes (`getInsertedColumns`) on PostgreSQL. */
function insertedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  let columns = insertedColumnsByEntity.get(metadata);
  if (!columns) {
    columns = metadata.columns.filter(
      (c) => c.isInsert && !(c.isGenerated && c.generationStrategy === 'increment'),
    );
    insertedColumnsByEntity.set(metadata, columns);
  }
  return columns;
}

/**
 * A row's parameters in TypeORM's order (`createColumnValueExpression` on PostgreSQL) and its
 * shape: which columns take DEFAULT. A value TypeORM would write as SQL (a function, a
 * version or discriminator column) gets a shape of its own that is never equal to ours.
 */
function rowOf(
  ds: DataSource,
  metadata: EntityMetadata,
  row: ObjectLiteral,
): { shape: string; values: unknown[] } {
  let shape = '';
  const values: unknown[] = [];
  for (const column of insertedColumns(metadata)) {
    const raw: unknown = column.getEntityValue(row);
    if (typeof raw === 'function' || column.isVersion || column.isDiscriminator) {
      shape += 'x';
      values.push(raw);
      continue;
    }
    const value: unknown = ds.driver.preparePersistentValue(raw, column);
    if (value === undefined) shape += 'd';
    else {
      shape += 'p';
      values.push(value);
    }
  }
  return { shape, values };
}

/** The statement TypeORM builds for this shape (as the single path did), checked against ours. */
function buildStatement(
  ds: DataSource,
  need: Need,
  audit: [string, unknown[]],
  entry: NeedAuditEntry,
  ours: unknown[],
): Statement {
  const metadata = ds.getMetadata(Need);
  const generated = metadata.getInsertionReturningColumns().map((c) => c.propertyPath);
  const statements = [
    insertOf(ds, Need, need, generated),
    audit,
    insertOf(ds, NeedAuditEntry, entry),
  ];
  const params: unknown[] = [];
  const parts = statements.map(([sql, values], i) => {
    const offset = params.length;
    params.push(...values);
    const numbered = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `${i === 0 ? 'created' : `written_${i}`} AS (${numbered})`;
  });
  const text = `WITH ${parts.join(', ')} SELECT * FROM created`;
  return isDeepStrictEqual(params, ours)
    ? { text, name: `niaz_need_draft_${++statementCount}` }
    : { text, values: params };
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

/** Runs the statement: named (prepared once per connection) when it can be. */
async function run(
  ds: DataSource,
  statement: Statement,
  values: unknown[],
): Promise<Record<string, unknown>> {
  if (!statement.name) {
    const rows = (await ds.query(statement.text, values)) as [Record<string, unknown>];
    return rows[0];
  }
  return (await preparedQuery(ds, statement.name, statement.text, values))[0];
}
