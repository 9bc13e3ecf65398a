import createClient from 'openapi-fetch';
import { ApiError, type ProblemBody } from './problem';
import type { paths } from './schema';
import { loadTokens, saveTokens } from './session';

let currentLanguage = () => document.documentElement.lang || 'fa';
/** The i18n module tells us the UI language; every call sends it as Accept-Language. */
export function setLanguageSource(source: () => string): void {
  currentLanguage = source;
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many calls got a 401 together. */
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const tokens = loadTokens();
    if (!tokens) return false;
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': currentLanguage() },
        body: JSON.stringify({ refreshToken: tokens.refreshToken }),
      });
      if (!res.ok) {
        saveTokens(null);
        return false;
      }
      const body = (await res.json()) as { accessToken: string; refreshToken: string };
      saveTokens({ accessToken: body.accessToken, refreshToken: body.refreshToken });
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withHeaders(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set('accept-language', currentLanguage());
  const tokens = loadTokens();
  if (tokens) headers.set('authorization', `Bearer ${tokens.accessToken}`);
  else headers.delete('authorization');
  return new Request(request, { headers });
}

/** fetch with our headers; a 401 refreshes the tokens once and repeats the call. */
export async function apiFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const res = await fetch(withHeaders(input));
  if (res.status !== 401 || !loadTokens() || input.url.includes('/auth/')) return res;
  if (!(await refreshOnce())) return res;
  return fetch(withHeaders(retry));
}

/** The typed client generated from the api's OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '', fetch: apiFetch });

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw new ApiError(response.status, asProblem(error, response));
}

function asProblem(error: unknown, response: Response): ProblemBody {
  if (error && typeof error === 'object') return error as ProblemBody;
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}
