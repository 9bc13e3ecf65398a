import { MeiliSearchApiError, MeiliSearchRequestError } from 'meilisearch';

/**
 * Meilisearch's error code (`index_not_found`…) of a failed call, if it has one. With a
 * custom HTTP client the client wraps every error in a MeiliSearchRequestError, so the API
 * error (and its code) sits one `cause` deeper.
 */
export function meiliErrorCode(error: unknown): string | undefined {
  const api =
    error instanceof MeiliSearchRequestError && error.cause instanceof MeiliSearchApiError
      ? error.cause
      : error instanceof MeiliSearchApiError
        ? error
        : undefined;
  return api?.cause?.code;
}

/** The call got no HTTP answer from Meilisearch (refused, reset, timed out). */
export function isMeiliUnreachable(error: unknown): boolean {
  return (
    error instanceof MeiliSearchRequestError &&
    !(error.cause instanceof MeiliSearchApiError) &&
    !(error instanceof MeiliSearchApiError)
  );
}
