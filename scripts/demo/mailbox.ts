import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: number;
  at: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailbox {
  smtpUrl: string;
  pageUrl: string;
  messages: CaughtMail[];
  stop(): Promise<void>;
}

const KEEP = 500;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escapes the text, then makes its http(s) links clickable. */
const linkify = (s: string) =>
  escapeHtml(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>body{font-family:Vazirmatn,Tahoma,sans-serif;max-width:860px;margin:32px auto;padding:0 16px;line-height:1.7}td,th{padding:4px 10px;text-align:start;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;unicode-bidi:plaintext}</style></head><body>${body}</body></html>`;
}

/**
 * The demo's mailbox (development only: `npm run demo` starts it, the api never serves it):
 * an SMTP receiver on 127.0.0.1 that keeps the last e-mails in memory, and a page listing
 * them with clickable links, so a newcomer can open the verification link of an account
 * they just registered.
 */
export async function startMailbox(options: {
  smtpPort: number;
  httpPort: number;
}): Promise<Mailbox> {
  const messages: CaughtMail[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 2 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to)
            ? mail.to.map((a) => a.text).join(', ')
            : (mail.to?.text ?? '');
          messages.unshift({
            id: next++,
            at: new Date().toISOString(),
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          messages.length = Math.min(messages.length, KEEP);
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort, '127.0.0.1', resolve));

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mailbox.local');
    const one = /^\/(\d+)$/.exec(url.pathname);
    const send = (status: number, html: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    };
    if (req.method !== 'GET') return send(405, page('Mailbox', '<p>Read only.</p>'));
    if (url.pathname === '/') {
      const rows = messages
        .map(
          (m) =>
            `<tr><td>${escapeHtml(m.at.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td><td><a href="/${m.id}">${escapeHtml(m.subject) || '(no subject)'}</a></td></tr>`,
        )
        .join('');
      return send(
        200,
        page(
          'Niaz demo mailbox',
          `<h1>Niaz demo mailbox</h1><p>E-mails the demo sent (newest first; development only, kept in memory).</p><table><tr><th>when (UTC)</th><th>to</th><th>subject</th></tr>${rows}</table>`,
        ),
      );
    }
    const mail = one ? messages.find((m) => m.id === Number(one[1])) : undefined;
    if (!mail)
      return send(404, page('Mailbox', '<p>No such e-mail. <a href="/">All e-mails</a></p>'));
    return send(
      200,
      page(
        mail.subject,
        `<p><a href="/">← all e-mails</a></p><h1>${escapeHtml(mail.subject)}</h1><p>to ${escapeHtml(mail.to)}, ${escapeHtml(mail.at)}</p><pre>${linkify(mail.text)}</pre>`,
      ),
    );
  });
  await new Promise<void>((resolve) => http.listen(options.httpPort, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    pageUrl: `http://localhost:${httpPort}/`,
    messages,
    stop: async () => {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => http.close(() => resolve())),
      ]);
    },
  };
}
