import { api, unwrap } from './http';
import type { CreateExhibition, SubmissionStatus, UpdateExhibition } from './types';

/** Exhibitions, invitations, curation, the public catalog and the organisers' figures. */
const path = (id: string) => ({ params: { path: { id } } });
const sub = (id: string, sid: string) => ({ params: { path: { id, sid } } });

export const listExhibitions = (filter: { mine?: boolean; invited?: boolean } = {}) =>
  unwrap(
    api.GET('/api/v1/exhibitions', {
      params: {
        query: {
          mine: filter.mine ? 'true' : undefined,
          invited: filter.invited ? 'true' : undefined,
          limit: 100,
        },
      },
    }),
  );

export const getExhibition = (id: string) => unwrap(api.GET('/api/v1/exhibitions/{id}', path(id)));

export const createExhibition = (body: CreateExhibition) =>
  unwrap(api.POST('/api/v1/exhibitions', { body }));

export const updateExhibition = (id: string, body: UpdateExhibition) =>
  unwrap(api.PATCH('/api/v1/exhibitions/{id}', { ...path(id), body }));

export const publishExhibition = (id: string) =>
  unwrap(api.POST('/api/v1/exhibitions/{id}/publish', path(id)));

export const closeExhibition = (id: string) =>
  unwrap(api.POST('/api/v1/exhibitions/{id}/close', path(id)));

export const inviteOrganization = (id: string, organizationId: string) =>
  unwrap(
    api.POST('/api/v1/exhibitions/{id}/invitations', { ...path(id), body: { organizationId } }),
  );

export const listInvitations = (id: string) =>
  unwrap(api.GET('/api/v1/exhibitions/{id}/invitations', path(id))).then((r) => r.items);

export const submitNeed = (exhibitionId: string, needId: string) =>
  unwrap(
    api.POST('/api/v1/exhibitions/{id}/submissions', { ...path(exhibitionId), body: { needId } }),
  );

/** Every submission to the exhibition (organisers), a page at a time until the last. */
export async function listSubmissions(exhibitionId: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/api/v1/exhibitions/{id}/submissions', {
        params: { path: { id: exhibitionId }, query: { limit: 100, cursor } },
      }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The caller's organisations' submissions to any exhibition, with the organisers' reasons. */
export const mySubmissions = (
  filter: {
    status?: SubmissionStatus;
    needId?: string;
    exhibitionId?: string;
    cursor?: string;
  } = {},
) =>
  unwrap(
    api.GET('/api/v1/exhibitions/submissions', { params: { query: { ...filter, limit: 100 } } }),
  );

export type Review = 'approve' | 'reject' | 'request-changes';

export function reviewSubmission(
  exhibitionId: string,
  sid: string,
  review: Review,
  reason?: string,
) {
  const init = { ...sub(exhibitionId, sid), body: reason ? { reason } : {} };
  switch (review) {
    case 'approve':
      return unwrap(api.POST('/api/v1/exhibitions/{id}/submissions/{sid}/approve', init));
    case 'reject':
      return unwrap(
        api.POST('/api/v1/exhibitions/{id}/submissions/{sid}/reject', {
          ...init,
          body: { reason: reason ?? '' },
        }),
      );
    case 'request-changes':
      return unwrap(
        api.POST('/api/v1/exhibitions/{id}/submissions/{sid}/request-changes', {
          ...init,
          body: { reason: reason ?? '' },
        }),
      );
  }
}

export const resubmit = (exhibitionId: string, sid: string) =>
  unwrap(api.POST('/api/v1/exhibitions/{id}/submissions/{sid}/resubmit', sub(exhibitionId, sid)));

export const placeSubmission = (
  exhibitionId: string,
  sid: string,
  body: { section?: string | null; order?: number; featured?: boolean },
) =>
  unwrap(
    api.PATCH('/api/v1/exhibitions/{id}/submissions/{sid}', { ...sub(exhibitionId, sid), body }),
  );

export const getCatalog = (id: string) =>
  unwrap(api.GET('/api/v1/exhibitions/{id}/catalog', path(id)));

export const catalogCsvUrl = (id: string, lang?: string) =>
  `/api/v1/exhibitions/${id}/catalog.csv${lang ? `?lang=${lang}` : ''}`;
export const catalogPdfUrl = (id: string, lang?: string) =>
  `/api/v1/exhibitions/${id}/catalog.pdf${lang ? `?lang=${lang}` : ''}`;

export const getStats = (id: string) => unwrap(api.GET('/api/v1/exhibitions/{id}/stats', path(id)));
