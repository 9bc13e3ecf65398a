import { createValidationPipe, type IdentifyCaller } from '@niaz/core';
import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { SearchCapabilitiesQueryDto, SearchNeedsQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

export interface SearchRoutesOptions {
  /** The api's global prefix, with its leading slash (`/api/v1`). */
  prefix: string;
  search: SearchService;
  identifyCaller: IdentifyCaller;
}

/**
 * GET /search/needs and /search/capabilities, the API's hottest routes, answered by plain
 * Fastify handlers: Nest's router, guard, interceptors and rxjs cost the api about as much
 * CPU per search as the search lib and the socket writes together (issue 22).
 *
 * SearchController stays: the OpenAPI document is read from it, and Nest registers its two
 * routes on Fastify as before. Only their handlers are swapped for these as they are
 * registered, so every Fastify hook (request id, helmet, CORS, input hygiene, the request
 * log, metrics) and the problem+json error handler run as before. Each handler does what
 * Nest's path did for these @Public routes: identify the caller (an invalid token is a 401),
 * validate the query with the global pipe (the hand check, then class-validator for anything
 * else, so errors read the same), search. No interceptor acts on a GET without @RateLimit.
 */
export function answerSearchOutsideNest(
  fastify: FastifyInstance,
  { prefix, search, identifyCaller }: SearchRoutesOptions,
): void {
  const pipe = createValidationPipe();
  const handler =
    <Q>(type: new () => Q, answer: (query: Q) => Promise<unknown>): RouteHandlerMethod =>
    async (request: FastifyRequest) => {
      await identifyCaller(request);
      const query = await pipe.transform(request.query, { type: 'query', metatype: type });
      return answer(query as Q);
    };
  const handlers = new Map<string, RouteHandlerMethod>([
    [`${prefix}/search/needs`, handler(SearchNeedsQueryDto, (q) => search.searchNeeds(q))],
    [
      `${prefix}/search/capabilities`,
      handler(SearchCapabilitiesQueryDto, (q) => search.searchCapabilities(q)),
    ],
  ]);

  const answered = new Set<string>();
  fastify.addHook('onRoute', (route) => {
    // HEAD routes are copied from the GET before this hook runs: they keep Nest's handler.
    const fast = route.method === 'GET' ? handlers.get(route.url) : undefined;
    if (!fast) return;
    route.handler = fast;
    answered.add(route.url);
  });
  // A renamed route must not quietly fall back to Nest's pipeline.
  fastify.addHook('onReady', (done) => {
    const missing = [...handlers.keys()].filter((url) => !answered.has(url));
    done(missing.length ? new Error(`No Nest route to answer: ${missing.join(', ')}`) : undefined);
  });
}
