import { api, unwrap } from './http';
import type { CreateBid } from './types';

/** Sealed bids: submit, revise, withdraw; the need owner's list and decisions. */
const path = (id: string) => ({ params: { path: { id } } });

export const submitBid = (needId: string, body: CreateBid) =>
  unwrap(api.POST('/api/v1/needs/{id}/bids', { ...path(needId), body }));

export const bidsForNeed = (needId: string) =>
  unwrap(
    api.GET('/api/v1/needs/{id}/bids', { params: { path: { id: needId }, query: { limit: 100 } } }),
  );

/** Totals and amounts converted into one currency (the owner, once bids are opened). */
export const bidComparison = (needId: string, currency?: string) =>
  unwrap(
    api.GET('/api/v1/needs/{id}/comparison', {
      params: { path: { id: needId }, query: currency ? { currency } : {} },
    }),
  );

export const myBids = (cursor?: string) =>
  unwrap(api.GET('/api/v1/bids', { params: { query: { cursor, limit: 50 } } }));

export const reviseBid = (id: string, body: Partial<CreateBid>) =>
  unwrap(api.PATCH('/api/v1/bids/{id}', { ...path(id), body }));

export const withdrawBid = (id: string) => unwrap(api.POST('/api/v1/bids/{id}/withdraw', path(id)));

export type Decision = 'shortlist' | 'reject' | 'award';

export function decideBid(id: string, decision: Decision, reason?: string) {
  const init = { ...path(id), body: reason ? { reason } : {} };
  switch (decision) {
    case 'shortlist':
      return unwrap(api.POST('/api/v1/bids/{id}/shortlist', init));
    case 'reject':
      return unwrap(api.POST('/api/v1/bids/{id}/reject', init));
    case 'award':
      return unwrap(api.POST('/api/v1/bids/{id}/award', init));
  }
}
