import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { DeliveryError } from '../webhooks/pinned-post';

/** The part of a Bot API update this code reads (Telegram and Bale share the shape). */
export interface BotUpdate {
  update_id: number;
  message?: {
    message_id: number;
    text?: string;
    chat: {
      id: number | string;
      type?: string;
      title?: string;
      username?: string;
      first_name?: string;
    };
  };
}

interface BotAnswer<T> {
  ok: boolean;
  result?: T;
  description?: string;
  error_code?: number;
}

const CALL_TIMEOUT_MS = 10_000;

/**
 * A minimal Telegram Bot API client: `POST <base>/bot<token>/<method>` with JSON. Bale's bot
 * API is the same protocol at another base (MESSENGER_API_BASE).
 */
@Injectable()
export class BotApiClient {
  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return !!this.config.env.MESSENGER_API_BASE && !!this.config.env.MESSENGER_BOT_TOKEN;
  }

  async call<T>(method: string, body: Record<string, unknown>): Promise<T> {
    const { MESSENGER_API_BASE: base, MESSENGER_BOT_TOKEN: token } = this.config.env;
    if (!base || !token) throw new DeliveryError('the messenger bot is not configured', true);
    let res: Response;
    try {
      res = await fetch(`${base.replace(/\/+$/, '')}/bot${token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (e) {
      throw new DeliveryError(`Bot API ${method}: ${(e as Error).message}`);
    }
    const answer = (await res.json().catch(() => ({ ok: false }))) as BotAnswer<T>;
    if (res.ok && answer.ok) return answer.result as T;
    const code = answer.error_code ?? res.status;
    // 400 (chat not found) and 403 (the user blocked the bot) will not change by retrying.
    throw new DeliveryError(
      `Bot API ${method}: ${code} ${answer.description ?? res.statusText}`,
      code === 400 || code === 403 || code === 404,
    );
  }

  sendMessage(chatId: string, text: string): Promise<unknown> {
    return this.call('sendMessage', {
      chat_id: chatId,
      text,
      link_preview_options: { is_disabled: true },
    });
  }
}
