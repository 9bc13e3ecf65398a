import { api, unwrap } from './http';
import type { UpdatePreferences } from './types';

/** The in-app inbox and the notification preferences. */
export const inbox = (cursor?: string, limit = 20) =>
  unwrap(api.GET('/api/v1/notifications', { params: { query: { cursor, limit } } }));

export const markRead = (id: string) =>
  unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));

export const markAllRead = () => unwrap(api.POST('/api/v1/notifications/read-all'));

export const getPreferences = () => unwrap(api.GET('/api/v1/notification-preferences'));

export const putPreferences = (body: UpdatePreferences) =>
  unwrap(api.PUT('/api/v1/notification-preferences', { body }));
