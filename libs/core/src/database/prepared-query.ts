import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * Runs `text` as a named prepared statement on the data source's pool (PostgreSQL parses and
 * plans it once per connection, not on every call, and TypeORM's query runner is skipped),
 * failing as `DataSource.query` does: a QueryFailedError around the driver's error. For hot
 * statements of a fixed text (issue 22); `name` must be unique to `text` in the process.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  ds: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query({ name, text, values })).rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
