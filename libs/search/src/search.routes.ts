import { type AdmitRequest, answerOutsideNest, createValidationPipe } from '@niaz/core';
import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { SearchCapabilitiesQueryDto, SearchNeedsQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

export interface SearchRoutesOptions {
  /** The api's global prefix, with its leading slash (`/api/v1`). */
  prefix: string;
  search: SearchService;
  /** The global guards of SearchController's two methods (`GlobalGuards.of`). */
  admit: Record<'needs' | 'capabilities', AdmitRequest>;
}

/**
 * GET /search/needs and /search/capabilities, the API's hottest routes, answered by plain
 * Fastify handlers: Nest's router, guard, interceptors and rxjs cost the api about as much
 * CPU per search as the search lib and the socket writes together (issue 22).
 *
 * SearchController stays: the OpenAPI document is read from it, and Nest registers its two
 * routes on Fastify as before; only their handlers are swapped (`answerOutsideNest`). Each
 * handler does what Nest's path did for these @Public routes: the global guards (an invalid
 * token is a 401; limits, were a @RateLimit ever added), the query through the global pipe
 * (the hand check, then class-validator for anything else, so errors read the same), search.
 */
export function answerSearchOutsideNest(
  fastify: FastifyInstance,
  { prefix, search, admit }: SearchRoutesOptions,
): void {
  const pipe = createValidationPipe();
  const handler =
    <Q>(
      type: new () => Q,
      guards: AdmitRequest,
      answer: (query: Q) => Promise<unknown>,
    ): RouteHandlerMethod =>
    async (request: FastifyRequest) => {
      await guards(request);
      const query = await pipe.transform(request.query, { type: 'query', metatype: type });
      return answer(query as Q);
    };
  answerOutsideNest(fastify, [
    {
      method: 'GET',
      url: `${prefix}/search/needs`,
      handler: handler(SearchNeedsQueryDto, admit.needs, (q) => search.searchNeeds(q)),
    },
    {
      method: 'GET',
      url: `${prefix}/search/capabilities`,
      handler: handler(SearchCapabilitiesQueryDto, admit.capabilities, (q) =>
        search.searchCapabilities(q),
      ),
    },
  ]);
}
