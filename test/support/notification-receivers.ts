import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

/**
 * Real receivers for the notification channels, on loopback, started by a test: an SMTP
 * server, a Standard Webhooks receiver and a Bot API stand-in. Each records only what it
 * accepted (answered with success on a socket still open): a sender that died before the
 * answer has not delivered, exactly as with a real receiver.
 *
 * `hold()` makes a receiver keep new requests waiting (no answer) until `release()`, so a
 * test can kill the sender while messages are in flight.
 */
export class Gate {
  private waiting: Array<() => void> = [];
  private closed = false;
  private open = true;
  /** Requests still let through before holding (when holding after a number). */
  private allowance = 0;
  /** Requests waiting right now. */
  held = 0;

  /** Hold every request from now on, after letting `after` more through. */
  hold(after = 0) {
    this.open = false;
    this.allowance = after;
  }

  release() {
    this.open = true;
    const waiting = this.waiting;
    this.waiting = [];
    this.held = 0;
    for (const resume of waiting) resume();
  }

  pass(): Promise<void> {
    if (this.open || this.closed) return Promise.resolve();
    if (this.allowance > 0) {
      this.allowance--;
      return Promise.resolve();
    }
    this.held++;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  shut() {
    this.closed = true;
    this.release();
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface SmtpReceiver {
  url: string;
  /** Notification e-mails (account e-mails — verification, reset — are kept apart). */
  messages: ParsedMail[];
  /** Account e-mails (header X-Niaz-Mail: verify-email, password-reset, address-taken). */
  accountMessages: ParsedMail[];
  /** Messages refused with a temporary error (451) so far. */
  refused: number;
  /** Refuse the next `n` messages with 451 (try again later). */
  failNext(n: number): void;
  gate: Gate;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const gate = new Gate();
  const closedSessions = new Set<string>();
  let failures = 0;
  const receiver: SmtpReceiver = {
    url: '',
    messages: [],
    accountMessages: [],
    refused: 0,
    failNext: (n) => {
      failures = n;
    },
    gate,
    close: async () => {
      gate.shut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('error', () => undefined);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void (async () => {
          const raw = Buffer.concat(chunks);
          // Account e-mails (sent at registration etc.) are kept apart and never held or
          // refused: the notification tests' failures and gate apply to notices only.
          if (/^x-niaz-mail:/im.test(raw.subarray(0, 8192).toString('latin1'))) {
            receiver.accountMessages.push(await simpleParser(raw));
            return callback(null, 'queued');
          }
          if (failures > 0) {
            failures--;
            receiver.refused++;
            const error = new Error('Mailbox busy, try again later') as Error & {
              responseCode: number;
            };
            error.responseCode = 451;
            return callback(error);
          }
          await gate.pass();
          if (closedSessions.has(session.id)) return callback(new Error('gone'));
          receiver.messages.push(await simpleParser(raw));
          callback(null, 'queued');
        })();
      });
    },
  });
  // A sender killed mid-message resets its connection: that is expected, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  receiver.url = `smtp://127.0.0.1:${port}`;
  return receiver;
}

export interface WebhookCall {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The verified payload, or the verification error's message. */
  payload?: { type: string; timestamp: string; data: Record<string, unknown> };
  error?: string;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  /** Every request answered (accepted or refused), in order. */
  calls: WebhookCall[];
  /** Requests answered 2xx with a valid signature. */
  accepted(): WebhookCall[];
  /** The secret to verify with, per path (`/<name>`), set when the endpoint is created. */
  secrets: Map<string, string>;
  /** The status to answer (default 204); e.g. 503 to play a receiver that is down. */
  status: (path: string) => number;
  gate: Gate;
  close(): Promise<void>;
}

/** Verifies every delivery with standardwebhooks' Webhook.verify, as an integrator would. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const gate = new Gate();
  const receiver: WebhookReceiver = {
    url: '',
    calls: [],
    accepted: () => receiver.calls.filter((c) => c.status < 300 && c.payload),
    secrets: new Map(),
    status: () => 204,
    gate,
    close: async () => {
      gate.shut();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req).catch(() => undefined);
      if (body === undefined) return; // the sender went away mid-request
      await gate.pass();
      if (req.socket.destroyed) return;
      const path = (req.url ?? '/').split('?')[0];
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(',') : (v ?? ''),
        ]),
      );
      const call: WebhookCall = { path, headers, body, status: receiver.status(path) };
      const secret = receiver.secrets.get(path);
      try {
        if (!secret) throw new Error(`no secret for ${path}`);
        call.payload = new Webhook(secret).verify(body, headers) as WebhookCall['payload'];
      } catch (e) {
        call.error = (e as Error).message;
        if (call.status < 300) call.status = 400;
      }
      receiver.calls.push(call);
      res.writeHead(call.status).end();
    })();
  });
  receiver.url = await listen(server);
  return receiver;
}

export interface BotCall {
  method: string;
  token: string;
  body: Record<string, any>;
}

export interface BotApiStandIn {
  /** MESSENGER_API_BASE for the app. */
  url: string;
  calls: BotCall[];
  /** Messages the bot sent (sendMessage calls answered ok). */
  sent(): BotCall[];
  /** Queue a user's message for getUpdates, as Telegram would. */
  pushMessage(chatId: number, text: string, extra?: Record<string, unknown>): void;
  /** Pending updates not yet confirmed by a getUpdates offset. */
  pending(): number;
  gate: Gate;
  close(): Promise<void>;
}

/** A local Telegram Bot API: getUpdates (with offsets), sendMessage, setWebhook, deleteWebhook. */
export async function startBotApi(): Promise<BotApiStandIn> {
  const gate = new Gate();
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  let updates: Array<Record<string, any>> = [];
  const stand: BotApiStandIn = {
    url: '',
    calls: [],
    sent: () => stand.calls.filter((c) => c.method === 'sendMessage'),
    pushMessage: (chatId, text, extra = {}) => {
      updates.push({
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private', first_name: 'Test', ...extra },
          text,
        },
      });
    },
    pending: () => updates.length,
    gate,
    close: async () => {
      gate.shut();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req).catch(() => undefined);
      if (raw === undefined) return; // the caller went away mid-request
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const reply = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, token, method] = m;
      const body = raw ? (JSON.parse(raw) as Record<string, any>) : {};
      switch (method) {
        case 'getUpdates': {
          const offset = Number(body.offset ?? 0);
          if (offset) updates = updates.filter((u) => u.update_id >= offset);
          stand.calls.push({ method, token, body });
          return reply(200, { ok: true, result: updates });
        }
        case 'sendMessage': {
          await gate.pass();
          if (req.socket.destroyed) return;
          stand.calls.push({ method, token, body });
          return reply(200, {
            ok: true,
            result: { message_id: nextMessageId++, chat: { id: body.chat_id }, text: body.text },
          });
        }
        case 'setWebhook':
        case 'deleteWebhook':
          stand.calls.push({ method, token, body });
          return reply(200, { ok: true, result: true });
        default:
          return reply(404, { ok: false, error_code: 404, description: 'Not Found: method' });
      }
    })();
  });
  stand.url = await listen(server);
  return stand;
}

/** The public address the channels' links use in tests. */
export const TEST_PUBLIC_URL = 'https://niaz.test';

export interface ChannelReceivers {
  smtp: SmtpReceiver;
  hooks: WebhookReceiver;
  bot: BotApiStandIn;
  /** Stops the receivers and puts the environment back as it was. */
  close(): Promise<void>;
}

/**
 * A real SMTP server, a Standard Webhooks receiver and a Bot API stand-in, and the
 * environment that sends the notifications to them (`overrides` on top); start the apps after.
 */
export async function startChannelReceivers(
  overrides: Record<string, string> = {},
): Promise<ChannelReceivers> {
  const [smtp, hooks, bot] = await Promise.all([
    startSmtpReceiver(),
    startWebhookReceiver(),
    startBotApi(),
  ]);
  const saved = { ...process.env };
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    PUBLIC_URL: TEST_PUBLIC_URL,
    MESSENGER_API_BASE: bot.url,
    MESSENGER_BOT_TOKEN: '123456:test-token',
    MESSENGER_BOT_USERNAME: 'niaz_test_bot',
    MESSENGER_POLL_MS: '200',
    NOTIFY_BACKOFF_MS: '5',
    ...overrides,
  });
  return {
    smtp,
    hooks,
    bot,
    close: async () => {
      await Promise.all([smtp.close(), hooks.close(), bot.close()]);
      process.env = saved;
    },
  };
}
