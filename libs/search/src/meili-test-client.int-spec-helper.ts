import { MeiliSearch } from 'meilisearch';
import { createMeiliHttpClient } from './meili-http-client';
import { MeiliTaskWaiter } from './meili-task-waiter';

/**
 * The client and task waiter an integration spec of this lib talks to the test stack's
 * Meilisearch with (MEILI_URL, MEILI_MASTER_KEY), over the keep-alive HTTP client of
 * production (the spec destroys it when done).
 */
export function testMeiliClient(http: ReturnType<typeof createMeiliHttpClient>): {
  client: MeiliSearch;
  waiter: MeiliTaskWaiter;
} {
  const client = new MeiliSearch({
    host: process.env.MEILI_URL!,
    apiKey: process.env.MEILI_MASTER_KEY,
    httpClient: http,
  });
  return { client, waiter: new MeiliTaskWaiter(client) };
}
