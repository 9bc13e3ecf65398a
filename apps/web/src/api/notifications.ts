import { query, request } from './http';

/** The in-app inbox and preferences (API.md; notifications branch). */
export interface Notification {
  id: string;
  type: string;
  title?: string;
  body?: string;
  data?: Record<string, unknown>;
  needId?: string;
  link?: string;
  readAt: string | null;
  createdAt: string;
}

export interface Inbox {
  items: Notification[];
  nextCursor: string | null;
  unreadCount: number;
}

export interface NotificationPreferences {
  channels: { inApp: boolean; email: boolean; webhook: boolean; messenger: boolean };
  digest: 'instant' | 'daily';
  minScore: number;
  hsChapters: string[];
  quietHours: { start: string; end: string } | null;
}

export const inbox = (cursor?: string) =>
  request<Inbox>('GET', `/notifications${query({ cursor, limit: 50 })}`);

export const markRead = (id: string) => request<unknown>('POST', `/notifications/${id}/read`);

export const markAllRead = () => request<unknown>('POST', '/notifications/read-all');

export const getPreferences = () =>
  request<NotificationPreferences>('GET', '/notification-preferences');

export const putPreferences = (prefs: NotificationPreferences) =>
  request<NotificationPreferences>('PUT', '/notification-preferences', prefs);
