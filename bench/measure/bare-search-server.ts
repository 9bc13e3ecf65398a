import type { AppConfig } from '@niaz/core';
import { MeiliService, SearchCapabilitiesQueryDto, SearchService } from '@niaz/search';
import fastify from 'fastify';

/**
 * The raw component for GET /search/capabilities (issue 22): a bare Fastify route in a
 * process of its own doing the search's own work with the api's search lib and nothing else:
 * build the Meilisearch request (`SearchService`: normalisation, filter, facets, highlights,
 * crop), post it through the same keep-alive adapter, parse the answer, map the hits, seal
 * the cursor and serialise the page. No Nest, no hooks (request id, helmet, CORS, input
 * hygiene, request log, metrics), no token check, no query validation. The bench drives it
 * like the api, so the report can say what relaying Meilisearch's answer costs by itself.
 * Started by `measureBareSearch` (fork, IPC: `{ port }`).
 */
async function main(): Promise<void> {
  const config = {
    meili: {
      url: process.env.MEILI_URL!,
      masterKey: process.env.MEILI_MASTER_KEY,
      indexPrefix: '',
    },
  } as unknown as AppConfig;
  const search = new SearchService(new MeiliService(config));
  const app = fastify({ logger: false });
  app.get('/api/v1/search/capabilities', (request) => {
    const query = request.query as { q?: string; country?: string | string[] };
    const country = query.country === undefined ? undefined : [query.country].flat();
    return search.searchCapabilities({ q: query.q, country } as SearchCapabilitiesQueryDto);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
}

void main();
