import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * The contract check of the e2e suite (issue 16, point 9): every response the api sends while
 * a test runs is checked against the live `/openapi.json` — the status is declared for the
 * operation (errors by their own code or by `4XX`/`5XX`), the media type is declared, JSON
 * bodies match their schema (nullable only where declared), and errors are
 * `application/problem+json`. Mismatches are collected here and fail the running test (see
 * `contract-after-each.ts`).
 */

type Json = Record<string, unknown>;

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/**
 * Routes the document rightly leaves out: the web app, Swagger UI, Bull Board, Prometheus
 * metrics and the Telegram bot's update webhook (called by Telegram, not by clients).
 */
const UNDOCUMENTED = [
  /^\/\*$/,
  /^\/docs/,
  /^\/openapi\./,
  /^\/admin\/queues/,
  /^\/metrics$/,
  /^\/api\/v1\/messenger\/updates$/,
];

const mismatches: string[] = [];

/** The mismatches since the last call (and forgets them). */
export function takeContractMismatches(): string[] {
  return mismatches.splice(0, mismatches.length);
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable: true` becomes "or null". */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples') continue;
    out[key] =
      key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v)]))
        : toJsonSchema(value);
  }
  // OpenAPI 3.0: a $ref's siblings (`nullable` too) are ignored, as strict clients do.
  if (typeof out.$ref === 'string') return { $ref: out.$ref };
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
}

export class ContractChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    addFormats(this.ajv);
    const components = (document.components as Json | undefined)?.schemas ?? {};
    this.ajv.addSchema(
      { $id: 'openapi', components: { schemas: toJsonSchema(components) } },
      'openapi',
    );
  }

  private operation(method: string, route: string): Operation | undefined {
    const path = route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const item = (this.document.paths as Record<string, Json>)[path];
    return item?.[method.toLowerCase()] as Operation | undefined;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      const converted = JSON.parse(
        JSON.stringify(toJsonSchema(schema)).replace(/"#\/components\//g, '"openapi#/components/'),
      ) as Json;
      validate = this.ajv.compile(converted);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Why this response breaks the contract, or null. */
  check(
    method: string,
    route: string | undefined,
    status: number,
    contentType: string | undefined,
    payload: string | null,
  ): string | null {
    if (!route || UNDOCUMENTED.some((r) => r.test(route))) return null;
    if (method === 'HEAD' || method === 'OPTIONS') return null;
    const where = `${method} ${route} → ${status}`;
    const op = this.operation(method, route);
    if (!op) return `${where}: the operation is not in the document`;
    const declared =
      op.responses[String(status)] ??
      op.responses[`${String(status)[0]}XX`] ??
      op.responses.default;
    if (!declared) return `${where}: status not declared (declared: ${Object.keys(op.responses)})`;
    const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (status >= 400 && media !== 'application/problem+json')
      return `${where}: an error answered as ${media || 'no content type'}`;
    const body = payload ?? 'stream';
    if (!declared.content) {
      return body.length && status !== 204 && status !== 304
        ? `${where}: a body (${media}) where the document declares none`
        : null;
    }
    if (!body.length && (status === 204 || status === 304)) return null;
    const content = declared.content[media];
    if (!content)
      return `${where}: media type ${media} not declared (declared: ${Object.keys(declared.content)})`;
    if (!content.schema || !/json/.test(media) || payload === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return `${where}: the body is not JSON`;
    }
    const validate = this.validator(`${method} ${route} ${status} ${media}`, content.schema);
    if (validate(value)) return null;
    const errors = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message}`)
      .join('; ');
    return `${where}: body does not match the schema: ${errors}`;
  }
}

/**
 * Checks every response of this Fastify app from now on. The document is the one the app
 * itself serves at `/openapi.json`, fetched on the first response.
 */
export function checkResponsesAgainstOpenApi(fastify: FastifyInstance): void {
  let checker: ContractChecker | undefined;
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/openapi.')) return payload;
    // The web app's files and its client-side routes (served at / by the api) are no API.
    const type = String(reply.getHeader('content-type') ?? '');
    if (!request.url.startsWith('/api/') && !/json/.test(type)) return payload;
    if (!checker) {
      const doc = await fastify.inject({ method: 'GET', url: '/openapi.json' });
      checker = new ContractChecker(doc.json());
    }
    // Streams (files) are checked by status and media type only (null).
    const text =
      payload === null || payload === undefined
        ? ''
        : typeof payload === 'string'
          ? payload
          : Buffer.isBuffer(payload)
            ? payload.toString()
            : null;
    const problem = checker.check(
      request.method,
      request.routeOptions?.url,
      reply.statusCode,
      reply.getHeader('content-type') as string | undefined,
      text,
    );
    if (problem) mismatches.push(problem);
    return payload;
  });
}
