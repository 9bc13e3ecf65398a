import { createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@niaz/core';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { bidPayload, needPayload } from './support/actors';
import { API, expectProblem, randomIp, registerBody } from './support/identity-helpers';
import { SmtpReceiver, startSmtpReceiver } from './support/notification-receivers';

const PUBLIC_URL = 'https://niaz.test';

/**
 * E-mail verification (required here, as in production), password reset and the "someone
 * used your address" e-mail, on real PostgreSQL and Redis with a real SMTP receiver.
 */
describe('accounts: e-mail verification and password reset', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  const saved = { ...process.env };

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    Object.assign(process.env, {
      EMAIL_VERIFICATION: 'required',
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      RATE_LIMIT_EMAILS_PER_HOUR: '3',
    });
    ctx = await startApi();
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
    process.env = saved;
  });

  const api = () => request(ctx.url);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function mailTo(address: string, kind: string, n = 1): Promise<ParsedMail> {
    const started = Date.now();
    for (;;) {
      const found = smtp.accountMessages.filter(
        (m) =>
          m.to && JSON.stringify(m.to).includes(address) && m.headers.get('x-niaz-mail') === kind,
      );
      if (found.length >= n) return found[n - 1];
      if (Date.now() - started > 10_000) throw new Error(`no ${kind} e-mail to ${address}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const linkIn = (mail: ParsedMail) =>
    /https:\/\/niaz\.test(\/api\/v1\/\S+)/.exec(mail.text ?? '')![1];
  const tokenOf = (path: string) => new URL(path, PUBLIC_URL).searchParams.get('token')!;

  async function registerAccount(kinds: string[] = ['manufacturer']) {
    const body = registerBody({
      organization: { name: 'Org', kinds, country: 'IR', province: 'Qom' },
    });
    const res = await api()
      .post(`${API}/auth/register`)
      .set('x-forwarded-for', randomIp())
      .send(body)
      .expect(201);
    return {
      email: body.email as string,
      password: body.password as string,
      token: res.body.accessToken as string,
      refreshToken: res.body.refreshToken as string,
      body: res.body,
    };
  }

  it('an unverified account signs in and looks, but may not publish, bid or accept NDAs', async () => {
    const maker = await registerAccount(['manufacturer']);
    expect(maker.body.user.emailVerified).toBe(false);
    await api().get(`${API}/me`).set(bearer(maker.token)).expect(200);
    const draft = await api()
      .post(`${API}/needs`)
      .set(bearer(maker.token))
      .send(needPayload())
      .expect(201);
    const refused = await api()
      .post(`${API}/needs/${draft.body.id}/publish`)
      .set(bearer(maker.token));
    expectProblem(refused, 403);
    expect(refused.body.type).toMatch(/email-unverified$/);

    // The link from the e-mail: opening it only asks; the POST proves the address.
    const mail = await mailTo(maker.email, 'verify-email');
    const link = linkIn(mail);
    expect(mail.html).toContain(`href="${PUBLIC_URL}${link.replace(/&/g, '&amp;')}"`);
    const page = await api().get(link).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<form method="post" action="verify-email"');
    expect((await api().get(`${API}/me`).set(bearer(maker.token))).body.user.emailVerified).toBe(
      false,
    );
    await api()
      .post(`${API}/auth/verify-email`)
      .send({ token: tokenOf(link) })
      .expect(200, { emailVerified: true });
    expect((await api().get(`${API}/me`).set(bearer(maker.token))).body.user.emailVerified).toBe(
      true,
    );
    await api().post(`${API}/needs/${draft.body.id}/publish`).set(bearer(maker.token)).expect(200);

    // A supplier, unverified: no bid, no NDA; verified through the page's form: both.
    const supplier = await registerAccount(['supplier']);
    const bid = await api()
      .post(`${API}/needs/${draft.body.id}/bids`)
      .set(bearer(supplier.token))
      .send(bidPayload());
    expectProblem(bid, 403);
    const nda = await api()
      .post(`${API}/needs/${draft.body.id}/nda`)
      .set(bearer(supplier.token))
      .send({});
    expectProblem(nda, 403);
    const supplierLink = linkIn(await mailTo(supplier.email, 'verify-email'));
    const done = await api()
      .post(`${API}/auth/verify-email`)
      .set('accept', 'text/html')
      .type('form')
      .send(`token=${encodeURIComponent(tokenOf(supplierLink))}`)
      .expect(200);
    expect(done.headers['content-type']).toMatch(/text\/html/);
    await api()
      .post(`${API}/needs/${draft.body.id}/nda`)
      .set(bearer(supplier.token))
      .send({})
      .expect(200);
    await api()
      .post(`${API}/needs/${draft.body.id}/bids`)
      .set(bearer(supplier.token))
      .send(bidPayload())
      .expect(201);
  });

  it('refuses forged, garbled, foreign-key and wrong-purpose verification tokens (400 token)', async () => {
    const a = await registerAccount();
    const secret = ctx.app.get(AppConfig).env.JWT_SECRET;
    const claims = { sub: a.body.user.id, email: a.email };
    const forged = [
      'not-a-token-at-all',
      a.token, // an access token is not a verification token
      new JwtService({ secret }).sign(claims), // signed with the access key itself
      new JwtService({ secret: 'dev-only-secret-change-me-please' }).sign(claims),
      new JwtService({
        secret: createHmac('sha256', secret).update('niaz/verify-email/v1').digest('base64url'),
      }).sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }), // expired
      new JwtService({
        secret: createHmac('sha256', secret).update('niaz/verify-email/v1').digest('base64url'),
      }).sign({ ...claims, email: 'someone-else@example.test' }), // another address
    ];
    for (const token of forged) {
      expectProblem(await api().post(`${API}/auth/verify-email`).send({ token }), 400, 'token');
    }
    expectProblem(await api().post(`${API}/auth/verify-email`).send({}), 400, 'token');
    expectProblem(await api().get(`${API}/auth/verify-email`), 400, 'token');
    expect((await api().get(`${API}/me`).set(bearer(a.token))).body.user.emailVerified).toBe(false);
    // …and a verification link is no access token.
    const link = linkIn(await mailTo(a.email, 'verify-email'));
    expectProblem(
      await api()
        .get(`${API}/me`)
        .set(bearer(tokenOf(link))),
      401,
    );
  });

  it('resends the verification e-mail, limited per address (429 with Retry-After)', async () => {
    const a = await registerAccount();
    const resend = () =>
      api()
        .post(`${API}/auth/verify-email/resend`)
        .set(bearer(a.token))
        .set('x-forwarded-for', randomIp());
    await resend().expect(202, { emailVerified: false });
    await mailTo(a.email, 'verify-email', 2);
    await resend().expect(202);
    await resend().expect(202);
    const limited = await resend();
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await api().post(`${API}/auth/verify-email/resend`), 401);
  });

  it('resets a password by e-mail: same answer for unknown addresses, single use, all logins revoked', async () => {
    const a = await registerAccount();
    const second = (
      await api()
        .post(`${API}/auth/login`)
        .set('x-forwarded-for', randomIp())
        .send({ email: a.email, password: a.password })
        .expect(200)
    ).body;
    const asked = await api()
      .post(`${API}/auth/password-reset`)
      .set('x-forwarded-for', randomIp())
      .send({ email: a.email.toUpperCase() })
      .expect(202);
    const unknown = await api()
      .post(`${API}/auth/password-reset`)
      .set('x-forwarded-for', randomIp())
      .send({ email: 'nobody-here@example.test' })
      .expect(202);
    expect(unknown.body).toEqual(asked.body);
    const link = linkIn(await mailTo(a.email, 'password-reset'));
    const page = await api().get(link).set('accept-language', 'en').expect(200);
    expect(page.text).toContain('type="password"');
    // Opening the page changed nothing.
    await api().get(`${API}/me`).set(bearer(a.token)).expect(200);

    const token = tokenOf(link);
    expectProblem(
      await api().post(`${API}/auth/password-reset/confirm`).send({ token, password: 'short' }),
      400,
      'password',
    );
    await api()
      .post(`${API}/auth/password-reset/confirm`)
      .send({ token, password: 'a brand new passphrase' })
      .expect(200, { passwordChanged: true });
    // Every login is signed out at once: access and refresh tokens alike.
    expectProblem(await api().get(`${API}/me`).set(bearer(a.token)), 401);
    expectProblem(await api().get(`${API}/me`).set(bearer(second.accessToken)), 401);
    expectProblem(
      await api().post(`${API}/auth/refresh`).send({ refreshToken: second.refreshToken }),
      401,
    );
    // Single use.
    expectProblem(
      await api()
        .post(`${API}/auth/password-reset/confirm`)
        .send({ token, password: 'yet another passphrase' }),
      400,
      'token',
    );
    const login = (password: string) =>
      api()
        .post(`${API}/auth/login`)
        .set('x-forwarded-for', randomIp())
        .send({ email: a.email, password });
    expectProblem(await login(a.password), 401);
    const fresh = await login('a brand new passphrase').expect(200);
    // The link reached the inbox: the address counts as verified.
    expect(fresh.body.user.emailVerified).toBe(true);
  });

  it('refuses expired or forged reset tokens, and limits reset e-mails per address', async () => {
    const a = await registerAccount();
    const secret = ctx.app.get(AppConfig).env.JWT_SECRET;
    const resetKey = createHmac('sha256', secret)
      .update('niaz/password-reset/v1')
      .digest('base64url');
    const verifyLink = linkIn(await mailTo(a.email, 'verify-email'));
    for (const token of [
      new JwtService({ secret: resetKey }).sign({
        sub: a.body.user.id,
        pw: 'x',
        exp: Math.floor(Date.now() / 1000) - 1,
      }),
      new JwtService({ secret: resetKey }).sign({ sub: a.body.user.id, pw: 'wrong-fingerprint' }),
      tokenOf(verifyLink), // a verification link cannot reset a password
      a.token,
      'garbage-garbage',
    ]) {
      expectProblem(
        await api()
          .post(`${API}/auth/password-reset/confirm`)
          .send({ token, password: 'a brand new passphrase' }),
        400,
        'token',
      );
    }
    await api().get(`${API}/me`).set(bearer(a.token)).expect(200);

    const ask = () =>
      api()
        .post(`${API}/auth/password-reset`)
        .set('x-forwarded-for', randomIp())
        .send({ email: a.email });
    for (let i = 0; i < 3; i++) await ask().expect(202);
    const limited = await ask();
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(
      await api().post(`${API}/auth/password-reset`).send({ email: 'nope' }),
      400,
      'email',
    );
  });

  it('registration with a taken address still answers 409, and its owner is told by e-mail', async () => {
    const a = await registerAccount();
    const again = await api()
      .post(`${API}/auth/register`)
      .set('x-forwarded-for', randomIp())
      .send(registerBody({ email: a.email }));
    expectProblem(again, 409);
    const told = await mailTo(a.email, 'address-taken');
    expect(told.subject).toBeTruthy();
    expect(told.text).not.toMatch(/token=/);
  });
});
