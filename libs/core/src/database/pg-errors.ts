import { QueryFailedError } from 'typeorm';

/** PostgreSQL SQLSTATE codes the API turns into 4xx answers. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_INVALID_TEXT = '22P02';
export const PG_NUMERIC_OUT_OF_RANGE = '22003';
export const PG_SERIALIZATION_FAILURE = '40001';

export function pgErrorCode(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    return (error.driverError as { code?: string } | undefined)?.code;
  }
  return (error as { code?: string } | undefined)?.code;
}

export function pgConstraint(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    return (error.driverError as { constraint?: string } | undefined)?.constraint;
  }
  return undefined;
}
