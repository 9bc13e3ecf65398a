import nodemailer from 'nodemailer';
import { Mailbox, startMailbox } from './mailbox';

describe('the demo mailbox (development only)', () => {
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await startMailbox({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(async () => mailbox?.stop());

  it('catches what the app sends over SMTP and shows it with clickable, escaped links', async () => {
    const transport = nodemailer.createTransport({ url: mailbox.smtpUrl } as Parameters<
      typeof nodemailer.createTransport
    >[0]);
    const link = 'http://localhost:3000/api/v1/auth/verify-email?token=abc.def-ghi';
    await transport.sendMail({
      from: 'Niaz <no-reply@niaz.local>',
      to: 'newcomer@example.test',
      subject: 'Confirm your e-mail address for Niaz <b>',
      text: `Open this link: ${link}\n<script>alert(1)</script>`,
    });
    transport.close();
    expect(mailbox.messages).toHaveLength(1);

    const list = await (await fetch(mailbox.pageUrl)).text();
    expect(list).toContain('newcomer@example.test');
    expect(list).toContain('Confirm your e-mail address for Niaz &#60;b&#62;');
    const id = mailbox.messages[0].id;
    const res = await fetch(new URL(`/${id}`, mailbox.pageUrl));
    expect(res.status).toBe(200);
    const one = await res.text();
    expect(one).toContain(`<a href="${link}">${link}</a>`);
    expect(one).not.toContain('<script>');
    expect((await fetch(new URL('/999', mailbox.pageUrl))).status).toBe(404);
    expect((await fetch(mailbox.pageUrl, { method: 'POST' })).status).toBe(405);
  });

  it('listens on the loopback interface only', () => {
    expect(new URL(mailbox.smtpUrl).hostname).toBe('127.0.0.1');
  });
});
