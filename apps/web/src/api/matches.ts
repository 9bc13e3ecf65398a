import { api, unwrap } from './http';

/** Stored matches: a need's candidate suppliers (owner), a capability's open needs. */
export const needMatches = (needId: string, cursor?: string) =>
  unwrap(
    api.GET('/api/v1/needs/{id}/matches', {
      params: { path: { id: needId }, query: { cursor, limit: 20 } },
    }),
  );

export const capabilityMatches = (capabilityId: string, cursor?: string) =>
  unwrap(
    api.GET('/api/v1/capabilities/{id}/matches', {
      params: { path: { id: capabilityId }, query: { cursor, limit: 20 } },
    }),
  );
