import { HttpException, HttpStatus } from '@nestjs/common';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import {
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT,
  PG_NUMERIC_OUT_OF_RANGE,
  PG_UNIQUE_VIOLATION,
  isDatabaseUnavailable,
  pgErrorCode,
} from '../database/pg-errors';
import { FieldError, PROBLEM_BASE, ProblemDocument, ProblemException } from './problem';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

function slugOf(status: number): string {
  return (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
}

function doc(
  status: number,
  detail?: string,
  errors?: FieldError[],
  slug = slugOf(status),
): ProblemDocument {
  const problem: ProblemDocument = {
    type: `${PROBLEM_BASE}${slug}`,
    title: TITLES[status] ?? 'Error',
    status,
  };
  if (detail) problem.detail = detail;
  if (errors && errors.length) problem.errors = errors;
  return problem;
}

/** Fastify's own errors (body parsing, size limits) carry a `code` and a `statusCode`. */
interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

/**
 * Maps any thrown value to RFC 9457 problem details. Unknown errors become a 500 that
 * reveals nothing of the cause (which is logged instead).
 */
export function toProblem(error: unknown): ProblemDocument {
  if (error instanceof ProblemException) {
    const p = doc(error.getStatus(), error.detail, error.fieldErrors, error.slug);
    p.title = error.title;
    return p;
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    let detail: string | undefined;
    if (typeof body === 'string') detail = body;
    else if (body && typeof body === 'object') {
      const message = (body as { message?: unknown }).message;
      detail = Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : undefined;
    }
    if (status === HttpStatus.TOO_MANY_REQUESTS)
      detail = 'Too many attempts; wait a moment and try again.';
    return doc(status, detail);
  }
  if (error instanceof EntityNotFoundError) return doc(404, 'Resource not found.');
  if (isDatabaseUnavailable(error))
    return doc(503, 'The database is not reachable; try again in a moment.');
  if (error instanceof QueryFailedError) {
    switch (pgErrorCode(error)) {
      case PG_UNIQUE_VIOLATION:
        return doc(409, 'This already exists.');
      case PG_FOREIGN_KEY_VIOLATION:
        return doc(409, 'A referenced resource does not exist or is still in use.');
      case PG_INVALID_TEXT:
      case PG_NUMERIC_OUT_OF_RANGE:
      case PG_CHECK_VIOLATION:
        return doc(400, 'A value is out of range or malformed.');
    }
    return doc(500, 'Something went wrong on our side.');
  }
  const fastifyError = error as FastifyLikeError;
  if (fastifyError && typeof fastifyError === 'object' && typeof fastifyError.code === 'string') {
    switch (fastifyError.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return doc(413, 'The request body is too large.');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return doc(415, 'Send JSON (application/json).');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return doc(400, 'The body is not valid JSON.', [
          { field: 'body', message: 'must be valid JSON' },
        ]);
    }
    if (
      fastifyError.statusCode &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      return doc(fastifyError.statusCode, fastifyError.message);
    }
  }
  if (error instanceof SyntaxError) {
    return doc(400, 'The body is not valid JSON.', [
      { field: 'body', message: 'must be valid JSON' },
    ]);
  }
  return doc(500, 'Something went wrong on our side.');
}
