import { api, unwrap } from './http';
import type { CreateWebhook } from './types';

/** An organisation's webhooks (owners) and the user's Telegram/Bale links. */
const path = (id: string) => ({ params: { path: { id } } });

export const listWebhooks = () =>
  unwrap(api.GET('/api/v1/webhooks', { params: { query: { limit: 100 } } }));

export const createWebhook = (body: CreateWebhook) =>
  unwrap(api.POST('/api/v1/webhooks', { body }));

export const deleteWebhook = (id: string) => unwrap(api.DELETE('/api/v1/webhooks/{id}', path(id)));

export const rotateWebhookSecret = (id: string) =>
  unwrap(api.POST('/api/v1/webhooks/{id}/rotate-secret', path(id)));

export const enableWebhook = (id: string) =>
  unwrap(api.POST('/api/v1/webhooks/{id}/enable', path(id)));

export const listMessengerLinks = () =>
  unwrap(api.GET('/api/v1/messenger-links', { params: { query: { limit: 100 } } }));

export const createMessengerLink = () => unwrap(api.POST('/api/v1/messenger-links'));

export const deleteMessengerLink = (id: string) =>
  unwrap(api.DELETE('/api/v1/messenger-links/{id}', path(id)));
