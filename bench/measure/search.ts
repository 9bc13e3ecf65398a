import { capabilitySearchRequest, SearchCapabilitiesQueryDto } from '@niaz/search';
import { SYNONYM_FAMILIES } from '@niaz/text';
import type { CpuByProcess } from '../lib/cpu';
import { withBareServer } from '../lib/bare-server';
import { httpLoad, LoadRequest, LoadResult } from '../lib/http-load';

/** Queries people type: a product family's word in fa, tr or en, filtered by country. */
export function searchQueries(count = 30): SearchCapabilitiesQueryDto[] {
  const out: SearchCapabilitiesQueryDto[] = [];
  for (let i = 0; out.length < count; i++) {
    const family = SYNONYM_FAMILIES[(i * 7) % SYNONYM_FAMILIES.length];
    const lang = (['fa', 'tr', 'en'] as const)[i % 3];
    out.push({ q: family.terms[lang][0], country: [i % 2 ? 'TR' : 'IR'] });
  }
  return out;
}

function apiPath(query: SearchCapabilitiesQueryDto): string {
  const params = new URLSearchParams({ q: query.q ?? '' });
  for (const c of query.country ?? []) params.append('country', c);
  return `/api/v1/search/capabilities?${params}`;
}

/**
 * `GET /api/v1/search/capabilities?q=…&country=…` through the api, beside Meilisearch
 * answering exactly the request the api sends it (same normalised words, filter, facets,
 * highlights and crop), each at `connections` keep-alive connections for `seconds`.
 */
export async function measureSearch(
  apiUrl: string,
  meili: { url: string; key: string; indexUid: string },
  opts: { connections: number; seconds: number },
  /** Wraps each measured phase to read the processes' CPU meanwhile (CpuMeter.measure). */
  meter: CpuMeasure = async (work) => ({ result: await work(), cpu: {} }),
): Promise<{
  project: LoadResult;
  raw: LoadResult;
  projectCpu: CpuByProcess;
  rawCpu: CpuByProcess;
}> {
  const queries = searchQueries();
  const projectRequests: LoadRequest[] = queries.map((q) => ({ path: apiPath(q) }));
  const rawRequests: LoadRequest[] = queries.map((query) => {
    const { q, params } = capabilitySearchRequest(query);
    return {
      method: 'POST',
      path: `/indexes/${meili.indexUid}/search`,
      headers: { authorization: `Bearer ${meili.key}` },
      body: JSON.stringify({ q, ...params }),
    };
  });
  // Both sides get the same unmeasured warm-up (JIT, connections, caches): a 4 s quick run
  // otherwise counts the api's first compilations against it.
  const warmUp = { ...opts, seconds: 2 };
  await httpLoad(apiUrl, projectRequests, warmUp);
  await httpLoad(meili.url, rawRequests, warmUp);
  const project = await meter(() => httpLoad(apiUrl, projectRequests, opts));
  const raw = await meter(() => httpLoad(meili.url, rawRequests, opts));
  return { project: project.result, raw: raw.result, projectCpu: project.cpu, rawCpu: raw.cpu };
}

/**
 * The raw component on the same work (issue 22): `bare-search-server.ts`, the api's search
 * lib behind a bare Fastify route in a process of its own, driven with the same queries,
 * warm-up and connections as the api, its CPU read the same way (`bare` and `meilisearch`).
 */
export async function measureBareSearch(
  meili: { url: string; key: string },
  opts: { connections: number; seconds: number },
  meterFor: (pid: number) => CpuMeasure,
): Promise<{ result: LoadResult; cpu: CpuByProcess }> {
  const requests: LoadRequest[] = searchQueries().map((q) => ({ path: apiPath(q) }));
  return withBareServer(
    'bare-search-server.js',
    { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key },
    async (url, pid) => {
      await httpLoad(url, requests, { ...opts, seconds: 2 });
      return meterFor(pid)(() => httpLoad(url, requests, opts));
    },
  );
}

export type CpuMeasure = <T>(work: () => Promise<T>) => Promise<{ result: T; cpu: CpuByProcess }>;
