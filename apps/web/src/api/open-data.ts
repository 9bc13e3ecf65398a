import { api, unwrap } from './http';

/** A public need's OCDS record package (anyone may read it: a plain link). */
export const needOcdsUrl = (id: string) => `/api/v1/needs/${id}/ocds`;

/** An exhibition's outcomes as one OCDS record package, for its organisers (signed in). */
export async function downloadExhibitionOcds(id: string): Promise<void> {
  const data = await unwrap(api.GET('/api/v1/exhibitions/{id}/ocds', { params: { path: { id } } }));
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `ocds-exhibition-${id}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
