import { api, unwrap } from './http';
import type { CreateCapability, UpdateCapability } from './types';

/** A supplier's capabilities. */
const path = (id: string) => ({ params: { path: { id } } });

export const createCapability = (body: CreateCapability) =>
  unwrap(api.POST('/api/v1/capabilities', { body }));

export const updateCapability = (id: string, body: UpdateCapability) =>
  unwrap(api.PATCH('/api/v1/capabilities/{id}', { ...path(id), body }));

export const deleteCapability = (id: string) =>
  unwrap(api.DELETE('/api/v1/capabilities/{id}', path(id)));

export const getCapability = (id: string) => unwrap(api.GET('/api/v1/capabilities/{id}', path(id)));

export const myCapabilities = () =>
  unwrap(api.GET('/api/v1/capabilities', { params: { query: { mine: 'true', limit: 100 } } }));
