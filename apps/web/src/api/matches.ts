import { request } from './http';

/** GET /needs/:id/matches and /capabilities/:id/matches (API.md; matching branch). */
export interface MatchReasonObject {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

export interface NeedMatch {
  capability: { id: string; title: string };
  organization: { id: string; name: string };
  score: number;
  reasons: Array<string | MatchReasonObject>;
}

export interface CapabilityMatch {
  need: { id: string; title: string; bidDeadline?: string };
  organization?: { id: string; name: string };
  score: number;
  reasons: Array<string | MatchReasonObject>;
}

export const needMatches = (needId: string) =>
  request<{ items: NeedMatch[] }>('GET', `/needs/${needId}/matches`).then((r) => r.items ?? []);

export const capabilityMatches = (capabilityId: string) =>
  request<{ items: CapabilityMatch[] }>('GET', `/capabilities/${capabilityId}/matches`).then(
    (r) => r.items ?? [],
  );
