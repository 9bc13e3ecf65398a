import autocannon from 'autocannon';
import { summarize } from './stats';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Successful (2xx) responses per second over the run. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/**
 * Drives `requests` round-robin at `connections` concurrent keep-alive connections for
 * `seconds` with autocannon, and keeps every response time so p95 is exact (autocannon's
 * own summary skips p95).
 */
export async function httpLoad(
  baseUrl: string,
  requests: LoadRequest[],
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  const instance = autocannon({
    url: baseUrl,
    connections: opts.connections,
    duration: opts.seconds,
    requests: requests.map((r) => ({
      method: r.method ?? 'GET',
      path: r.path,
      headers: { 'content-type': 'application/json', ...r.headers },
      body: r.body,
    })),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
    if (statusCode >= 200 && statusCode < 300) times.push(ms);
    else non2xx++;
  });
  const result = await instance;
  return loadResult(times, opts.seconds, {
    requests: times.length + non2xx,
    errors: result.errors + result.timeouts,
    non2xx,
  });
}

/** A run's result from its successful response times and what went wrong. */
export function loadResult(
  times: readonly number[],
  seconds: number,
  counts: Pick<LoadResult, 'requests' | 'errors' | 'non2xx'>,
): LoadResult {
  const s = summarize(times);
  return { rps: times.length / seconds, p50: s.p50, p95: s.p95, p99: s.p99, ...counts };
}
