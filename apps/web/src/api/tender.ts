import { api, unwrap } from './http';
import type { CreateBid } from './types';

/** The tender rules: amendments, re-confirmation, clarifications, the audit chain. */
const path = (id: string) => ({ params: { path: { id } } });

export const listAmendments = (needId: string) =>
  unwrap(
    api.GET('/api/v1/needs/{id}/amendments', {
      params: { path: { id: needId }, query: { limit: 100 } },
    }),
  );

/** Re-confirms a bid against the amended terms, with any revision in the same step. */
export const confirmBid = (id: string, body: Partial<CreateBid> = {}) =>
  unwrap(api.POST('/api/v1/bids/{id}/confirm', { ...path(id), body }));

export const listQuestions = (needId: string) =>
  unwrap(api.GET('/api/v1/needs/{id}/questions', path(needId)));

export const askQuestion = (needId: string, text: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/questions', { ...path(needId), body: { text } }));

export const answerQuestion = (needId: string, qid: string, text: string, ndaOnly: boolean) =>
  unwrap(
    api.POST('/api/v1/needs/{id}/questions/{qid}/answer', {
      params: { path: { id: needId, qid } },
      body: { text, ndaOnly },
    }),
  );

export const auditTrail = (needId: string) =>
  unwrap(api.GET('/api/v1/needs/{id}/audit', path(needId)));

export const verifyAudit = (needId: string) =>
  unwrap(api.GET('/api/v1/needs/{id}/audit/verify', path(needId)));

/** Runs a finished tender again: its terms copied into a new draft (answers the draft). */
export const repostNeed = (needId: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/repost', path(needId)));
