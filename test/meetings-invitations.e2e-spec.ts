import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import { createExhibition, publishExhibition } from './support/exhibitions';
import { openApiChecker } from './support/openapi-responses';
import { SmtpReceiver, startSmtpReceiver } from './support/notification-receivers';

const PUBLIC_URL = 'https://niaz.test';

/**
 * Invitations by e-mail to a fair's meetings (issue 19 point 7): the organiser invites an
 * address with no account; the mail's link lets a new user sign up and join, once, until it
 * expires. Mail is read from a real SMTP receiver, as the account e-mails are.
 */
describe('meetings: e-mail invitations with sign-up links (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  let organiser: Actor;
  let stranger: Actor;
  let exhibitionId: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    Object.assign(process.env, { SMTP_URL: smtp.url, PUBLIC_URL });
    ctx = await startApi();
    check = await openApiChecker(ctx.url);
    organiser = await register(ctx, ['organiser']);
    stranger = await register(ctx, ['organiser']);
    exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
    process.env = saved;
  });

  async function mailTo(address: string): Promise<ParsedMail> {
    const started = Date.now();
    for (;;) {
      const found = smtp.accountMessages.find(
        (m) =>
          JSON.stringify(m.to).includes(address) &&
          m.headers.get('x-niaz-mail') === 'meeting-invitation',
      );
      if (found) return found;
      if (Date.now() - started > 10_000) throw new Error(`no invitation to ${address}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const tokenIn = (mail: ParsedMail) =>
    new URL(
      /https:\/\/niaz\.test\/meetings\/join\?token=\S+/.exec(mail.text ?? '')![0],
    ).searchParams.get('token')!;

  async function call(
    method: 'get' | 'post',
    path: string,
    template: string,
    who: Actor | undefined,
    body?: object,
  ) {
    let req = request(ctx.url)[method](`/api/v1${path}`).set(bearer(who));
    if (body) req = req.send(body);
    const res = await req;
    check(method, `/api/v1${template}`, res);
    return res;
  }

  it('invites by e-mail; the new company signs up through the link and joins, once', async () => {
    const address = `Firma${Date.now()}@Rulman.test`;
    const refused = await call(
      'post',
      `/exhibitions/${exhibitionId}/invitations/email`,
      '/exhibitions/{id}/invitations/email',
      organiser,
      { emails: ['not an address'] },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('emails');
    const notTheirs = await call(
      'post',
      `/exhibitions/${exhibitionId}/invitations/email`,
      '/exhibitions/{id}/invitations/email',
      stranger,
      { emails: [address] },
    );
    expect(notTheirs.status).toBe(403);
    const anonymous = await call(
      'post',
      `/exhibitions/${exhibitionId}/invitations/email`,
      '/exhibitions/{id}/invitations/email',
      undefined,
      { emails: [address] },
    );
    expect(anonymous.status).toBe(401);

    const sent = await call(
      'post',
      `/exhibitions/${exhibitionId}/invitations/email`,
      '/exhibitions/{id}/invitations/email',
      organiser,
      { emails: [address, address.toUpperCase()], language: 'tr' },
    );
    expect(sent.status).toBe(201);
    expect(sent.body.items).toHaveLength(1);
    expect(sent.body.items[0].email).toBe(address.toLowerCase());

    const mail = await mailTo(address.toLowerCase());
    expect(mail.subject).toMatch(/iş görüşmelerine davetlisiniz/);
    expect(mail.text).toMatch(/Görüşmelere katıl/);
    const token = tokenIn(mail);
    // Only the hash is kept.
    const [row] = await ctx.app
      .get(DataSource)
      .query(`SELECT "tokenHash" FROM meeting_invitation WHERE email = $1`, [
        address.toLowerCase(),
      ]);
    expect(row.tokenHash).not.toContain(token);

    const preview = await call(
      'get',
      `/meeting-invitations/${token}`,
      '/meeting-invitations/{token}',
      undefined,
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      exhibitionId,
      status: 'open',
      email: address.toLowerCase(),
    });

    // A new user signs up (the web page's sign-up) and joins with the new company.
    const newcomer = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    const someoneElses = await call(
      'post',
      '/meeting-invitations/accept',
      '/meeting-invitations/accept',
      newcomer,
      {
        token,
        organizationId: organiser.organizationId,
      },
    );
    expect(someoneElses.status).toBe(403);
    const joined = await call(
      'post',
      '/meeting-invitations/accept',
      '/meeting-invitations/accept',
      newcomer,
      {
        token,
        organizationId: newcomer.organizationId,
      },
    );
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ status: 'approved', exhibitionId });
    const list = await call(
      'get',
      `/exhibitions/${exhibitionId}/participants`,
      '/exhibitions/{id}/participants',
      newcomer,
    );
    expect(list.status).toBe(200);

    // Single use.
    const again = await call(
      'post',
      '/meeting-invitations/accept',
      '/meeting-invitations/accept',
      newcomer,
      {
        token,
        organizationId: newcomer.organizationId,
      },
    );
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/invitation-used$/);
    expect(
      (
        await call(
          'get',
          `/meeting-invitations/${token}`,
          '/meeting-invitations/{token}',
          undefined,
        )
      ).body.status,
    ).toBe('used');
  });

  it('refuses an expired link and an unknown one', async () => {
    const address = `late${Date.now()}@firma.test`;
    await call(
      'post',
      `/exhibitions/${exhibitionId}/invitations/email`,
      '/exhibitions/{id}/invitations/email',
      organiser,
      { emails: [address] },
    );
    const mail = await mailTo(address);
    expect(mail.subject).toMatch(/دعوت به ملاقات‌های کاری/);
    const token = tokenIn(mail);
    await ctx.app
      .get(DataSource)
      .query(
        `UPDATE meeting_invitation SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`,
        [address],
      );
    const late = await register(ctx, ['manufacturer']);
    const expired = await call(
      'post',
      '/meeting-invitations/accept',
      '/meeting-invitations/accept',
      late,
      {
        token,
        organizationId: late.organizationId,
      },
    );
    expect(expired.status).toBe(409);
    expect(expired.body.type).toMatch(/invitation-expired$/);
    const [p] = await ctx.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM exhibition_participant WHERE "organizationId" = $1`, [
        late.organizationId,
      ]);
    expect(p.n).toBe(0);
    const unknown = await call(
      'post',
      '/meeting-invitations/accept',
      '/meeting-invitations/accept',
      late,
      {
        token: 'x'.repeat(43),
        organizationId: late.organizationId,
      },
    );
    expect(unknown.status).toBe(404);
  });
});
