import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';

type Json = Record<string, unknown>;

/** OpenAPI 3.0 `nullable: true` as JSON Schema: the type may also be null. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'nullable' || k === 'example' || k === 'examples') continue;
    out[k] = toJsonSchema(v);
  }
  if ((node as Json).nullable === true) {
    // `{nullable, type: object, allOf: [$ref]}` (a nullable nested DTO): null must pass the allOf too.
    if (out.allOf || out.$ref) return { anyOf: [out, { type: 'null' }] };
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

/**
 * Checks real answers against the live `/openapi.json`: the status must be declared for the
 * operation and a JSON body must match the declared schema (nullability included).
 */
export async function openApiChecker(baseUrl: string) {
  const doc = (await SwaggerParser.dereference(
    (await request(baseUrl).get('/openapi.json').expect(200)).body,
  )) as unknown as { paths: Record<string, Record<string, Json>> };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const cache = new Map<string, ValidateFunction | null>();
  return (
    method: string,
    path: string,
    res: { status: number; body: unknown; headers: Record<string, string> },
  ) => {
    const op = doc.paths[path]?.[method.toLowerCase()] as
      { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined;
    if (!op) throw new Error(`${method} ${path} is not in /openapi.json`);
    const declared = op.responses[String(res.status)] ?? op.responses.default;
    if (!declared && res.status < 400)
      throw new Error(`${method} ${path} answered ${res.status}, which it does not declare`);
    if (!declared || res.status >= 400) return;
    const schema = declared.content?.['application/json']?.schema;
    if (!schema || !String(res.headers['content-type'] ?? '').includes('json')) return;
    const key = `${method} ${path} ${res.status}`;
    if (!cache.has(key)) cache.set(key, ajv.compile(toJsonSchema(schema) as object));
    const validate = cache.get(key)!;
    if (!validate(res.body))
      throw new Error(`${key} does not match its schema: ${ajv.errorsText(validate.errors)}`);
  };
}
