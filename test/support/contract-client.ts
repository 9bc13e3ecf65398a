import request from 'supertest';

/**
 * The API as an outside client reads it (API.md): the helpers the api-contract-rows suites
 * share — a registered client, the request behind a response, 2xx and problem+json checks.
 */
export const V1 = '/api/v1';
export const DAY = 86400_000;
export const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
export const uid = () => Math.random().toString(36).slice(2, 10);
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Client {
  token: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  email: string;
  password: string;
}

/** "METHOD /path" of the request behind a response (supertest keeps it, its types do not say). */
export function requestLine(res: request.Response): string {
  const req = (res as unknown as { req?: { method?: string; path?: string } }).req;
  return `${req?.method ?? ''} ${req?.path ?? ''}`;
}

export function expect2xx(res: request.Response) {
  if (res.status < 200 || res.status > 299) {
    throw new Error(`${requestLine(res)} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res;
}

/** The contract's error shape: problem+json with type/title/status/detail (and the field). */
export function expectProblem(res: request.Response, status: number, field?: string) {
  if (res.status !== status) {
    throw new Error(
      `${requestLine(res)}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
    }),
  );
  if (field) {
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: expect.stringContaining(field),
          message: expect.any(String),
        }),
      ]),
    );
  }
  return res;
}

export const bearer = (c?: Client) => (c ? { authorization: `Bearer ${c.token}` } : {});

/** Registers a user with a new organisation of `kinds` through POST /auth/register (201). */
export async function registerClient(
  url: string,
  kinds: string[],
  org: { name: string; country: string; province?: string },
  who: { emailPrefix: string; password: string; name: string },
): Promise<Client> {
  const email = `${who.emailPrefix}-${uid()}@example.org`;
  const res = expect2xx(
    await request(url)
      .post(`${V1}/auth/register`)
      .send({ email, password: who.password, name: who.name, organization: { ...org, kinds } }),
  );
  expect(res.status).toBe(201);
  expect(res.body).toEqual(
    expect.objectContaining({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      user: expect.objectContaining({ id: expect.stringMatching(UUID) }),
      organization: expect.objectContaining({ id: expect.stringMatching(UUID) }),
    }),
  );
  return {
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    userId: res.body.user.id,
    organizationId: res.body.organization.id,
    email,
    password: who.password,
  };
}
