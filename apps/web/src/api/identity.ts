import { api, unwrap } from './http';
import { saveTokens } from './session';
import type { RegisterPayload } from './types';

/** Accounts, organisations and the signed-in user. */
export async function register(payload: RegisterPayload) {
  const res = await unwrap(api.POST('/api/v1/auth/register', { body: payload }));
  saveTokens({ accessToken: res.accessToken, refreshToken: res.refreshToken });
  return res;
}

export async function login(email: string, password: string) {
  const res = await unwrap(api.POST('/api/v1/auth/login', { body: { email, password } }));
  saveTokens({ accessToken: res.accessToken, refreshToken: res.refreshToken });
  return res;
}

export function logout(): void {
  saveTokens(null);
}

export const getMe = () => unwrap(api.GET('/api/v1/me'));

/** The language of the user's e-mails, notices and messenger messages (the server's copy). */
export const updateMyLanguage = (language: 'fa' | 'tr' | 'en') =>
  unwrap(api.PATCH('/api/v1/me', { body: { language } }));

export const getOrganization = (id: string) =>
  unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
