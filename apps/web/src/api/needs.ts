import { api, unwrap } from './http';
import type { CreateNeed, NeedStatus, UpdateNeed } from './types';

/** Needs: post, edit, lifecycle, NDA, invitations, who read the details. */
const path = (id: string) => ({ params: { path: { id } } });

export const createNeed = (body: CreateNeed) => unwrap(api.POST('/api/v1/needs', { body }));

export const updateNeed = (id: string, body: UpdateNeed) =>
  unwrap(api.PATCH('/api/v1/needs/{id}', { ...path(id), body }));

export const getNeed = (id: string) => unwrap(api.GET('/api/v1/needs/{id}', path(id)));

export const listMyNeeds = (opts: { status?: NeedStatus; cursor?: string; limit?: number } = {}) =>
  unwrap(api.GET('/api/v1/needs', { params: { query: { mine: 'true', ...opts } } }));

export const listOpenNeeds = (opts: { cursor?: string; limit?: number } = {}) =>
  unwrap(api.GET('/api/v1/needs', { params: { query: { ...opts } } }));

export const publishNeed = (id: string) => unwrap(api.POST('/api/v1/needs/{id}/publish', path(id)));

export const closeNeed = (id: string, reason: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/close', { ...path(id), body: { reason } }));

export const cancelNeed = (id: string, reason: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/cancel', { ...path(id), body: { reason } }));

export const acceptNda = (id: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/nda', { ...path(id), body: { accept: true } }));

export const detailViews = (id: string) =>
  unwrap(api.GET('/api/v1/needs/{id}/detail-views', path(id)));

export const inviteToBid = (id: string, organizationId: string) =>
  unwrap(api.POST('/api/v1/needs/{id}/invitations', { ...path(id), body: { organizationId } }));
