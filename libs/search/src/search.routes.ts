import { answerOutsideNest, createValidationPipe, type IdentifyCaller } from '@niaz/core';
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
 * routes on Fastify as before; only their handlers are swapped (`answerOutsideNest`). Each
 * handler does what Nest's path did for these @Public routes: identify the caller (an invalid
 * token is a 401), validate the query with the global pipe (the hand check, then
 * class-validator for anything else, so errors read the same), search. No interceptor acts on a GET without @RateLimit.
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
  answerOutsideNest(fastify, [
    {
      method: 'GET',
      url: `${prefix}/search/needs`,
      handler: handler(SearchNeedsQueryDto, (q) => search.searchNeeds(q)),
    },
    {
      method: 'GET',
      url: `${prefix}/search/capabilities`,
      handler: handler(SearchCapabilitiesQueryDto, (q) => search.searchCapabilities(q)),
    },
  ]);
}
