import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FieldError, problems, ProblemException } from '../errors/problem';
import { MULTIPART_BODY_LIMIT_BYTES, parseMultipart } from './multipart';
import { jsonDepthExceeds, sanitizeInput } from './text-hygiene';

/** JSON nested deeper than this is refused before it is parsed or validated. */
export const MAX_JSON_DEPTH = 32;

/**
 * Route options a Nest handler may set with `@RouteConfig(...)` (from
 * `@nestjs/platform-fastify`) to accept a body other than JSON:
 * - `{ multipart: true }`: `multipart/form-data` (uploads, parsed whole by `parseMultipart`);
 * - `{ form: true }`: `application/x-www-form-urlencoded` (the RFC 8058 one-click unsubscribe
 *   POST that mail providers send).
 * Every other route takes only `application/json` in UTF-8, and refuses the rest with 415.
 */
export interface BodyRouteConfig {
  multipart?: boolean;
  form?: boolean;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const MULTIPART_TYPE = 'multipart/form-data';

function unsupportedMediaType(detail: string): ProblemException {
  return new ProblemException(415, 'unsupported-media-type', 'Unsupported media type', detail);
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}

/** The media type (lower case) and charset of a Content-Type header. */
function parseContentType(header: string | undefined): { type: string; charset?: string } {
  const [type, ...params] = (header ?? '').split(';');
  let charset: string | undefined;
  for (const param of params) {
    const [name, value] = param.split('=');
    if (name?.trim().toLowerCase() === 'charset')
      charset = value?.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/** Why the body of this request may not be read (415), or null. */
export function mediaTypeProblem(request: FastifyRequest): ProblemException | null {
  if (!BODY_METHODS.has(request.method) || !hasBody(request)) return null;
  const config = (request.routeOptions?.config ?? {}) as BodyRouteConfig;
  const { type, charset } = parseContentType(request.headers['content-type']);
  const utf8 = charset === undefined || charset === 'utf-8' || charset === 'utf8';
  if (type === JSON_TYPE)
    return utf8 ? null : unsupportedMediaType('Send JSON (application/json) in UTF-8.');
  if (type === MULTIPART_TYPE && config.multipart) return null;
  if (type === FORM_TYPE && config.form && utf8) return null;
  return unsupportedMediaType('Send JSON (application/json).');
}

/**
 * Input hygiene, once, for every route of the api (see README "Security"):
 * 1. a body is read only in the media types the route accepts (`BodyRouteConfig`), else 415;
 * 2. JSON nested deeper than `MAX_JSON_DEPTH` is refused (400) before it is parsed;
 * 3. every string of the body, the query and the path parameters is checked (control, bidi
 *    override and unpaired surrogate characters → 400 naming the field) and cleaned (NFC,
 *    trimmed of whitespace and zero-width/format characters) before validation runs.
 *
 * Call on the Fastify instance of an app created with `bodyParser: false`: this registers the
 * JSON and form parsers itself.
 */
export function registerInputHygiene(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done) => {
    done(request.is404 ? undefined : (mediaTypeProblem(request) ?? undefined));
  });

  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(JSON_TYPE);
  fastify.addContentTypeParser(
    JSON_TYPE,
    { parseAs: 'string', bodyLimit },
    (request, body, done) => {
      const text = body as string;
      if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
        done(
          problems.validation([
            {
              field: 'body',
              message: `body must not nest deeper than ${MAX_JSON_DEPTH} levels`,
              code: 'maxDepth',
            },
          ]),
          undefined,
        );
        return;
      }
      void parseJson(request, text, done);
    },
  );
  fastify.addContentTypeParser(
    FORM_TYPE,
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  // Only routes with `{ multipart: true }` get here (the onRequest hook refuses the rest).
  fastify.addContentTypeParser(
    MULTIPART_TYPE,
    { parseAs: 'buffer', bodyLimit: MULTIPART_BODY_LIMIT_BYTES },
    (request, body, done) => {
      try {
        done(null, parseMultipart(body as Buffer, request.headers['content-type']));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );

  fastify.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done) => {
    const errors: FieldError[] = [];
    request.body = sanitizeInput(request.body, errors);
    sanitizeInput(request.query, errors);
    sanitizeInput(request.params, errors);
    done(errors.length ? problems.validation(errors) : undefined);
  });
}
