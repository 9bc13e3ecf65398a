import { api, unwrap } from './http';

/** The HS 2022 nomenclature: suggestions for words, a code with its subheadings. */
export const suggestHs = (q: string, lang: 'fa' | 'tr' | 'en') =>
  unwrap(api.GET('/api/v1/hs/suggest', { params: { query: { q, lang } } }));

export const describeHs = (code: string) =>
  unwrap(api.GET('/api/v1/hs/{code}', { params: { path: { code } } }));
