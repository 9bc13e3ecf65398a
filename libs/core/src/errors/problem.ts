import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
  /** The validation rule that failed (e.g. `maxLength`), for clients that write their own messages. */
  code?: string;
  /** The rule's numbers and names (e.g. `{ limit: 3 }`), for the client's own wording. */
  params?: Record<string, string | number>;
  /** For a refused file (POST /needs/import): the row and column, as API.md names them. */
  row?: number;
  column?: string;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_BASE = 'https://niaz.app/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An HTTP error carrying a problem type slug and optional field errors. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super({ title, detail, errors: fieldErrors }, status);
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'The request has invalid fields.') =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'validation', 'Invalid request', detail, errors),
  badRequest: (detail: string, field?: string) =>
    new ProblemException(
      HttpStatus.BAD_REQUEST,
      'bad-request',
      'Bad request',
      detail,
      field ? [{ field, message: detail }] : undefined,
    ),
  unauthorized: (detail = 'Sign in to do this.') =>
    new ProblemException(HttpStatus.UNAUTHORIZED, 'unauthorized', 'Unauthorized', detail),
  forbidden: (detail = 'You may not do this.') =>
    new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Forbidden', detail),
  notFound: (what = 'Resource') =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `${what} not found.`),
  conflict: (detail: string, slug = 'conflict') =>
    new ProblemException(HttpStatus.CONFLICT, slug, 'Conflict', detail),
  /** 503: a service the answer depends on cannot be reached (the client may retry). */
  unavailable: (detail: string) =>
    new ProblemException(
      HttpStatus.SERVICE_UNAVAILABLE,
      'unavailable',
      'Service unavailable',
      detail,
    ),
  illegalTransition: (from: string, action: string) =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'illegal-transition',
      'Illegal state transition',
      `Cannot ${action} when status is ${from}.`,
    ),
};

/** 429: over an abuse limit; `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyRequests extends ProblemException {
  constructor(
    readonly retryAfterSeconds: number,
    detail = 'Too many requests; wait a little and try again.',
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, 'too-many-requests', 'Too many requests', detail);
  }
}
