import { Injectable } from '@nestjs/common';
import { AppConfig, problems } from '@niaz/core';
import { userRowSql } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { UnsubscribeTokens } from '../email/unsubscribe-token';
import { NoticeRenderer } from '../i18n/notice-renderer';
import { PreferencesService } from '../preferences/preferences.service';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail unsubscribe link: a signed token, no login; it turns the e-mail channel off. */
@Injectable()
export class UnsubscribeService {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly preferences: PreferencesService,
    private readonly renderer: NoticeRenderer,
  ) {
    this.tokens = new UnsubscribeTokens(config.env.UNSUBSCRIBE_KEY);
  }

  /** The owner of a valid token, or 400 naming the token. */
  private async owner(token: string): Promise<{ userId: string; language: string }> {
    const userId = this.tokens.verify(token);
    const [user]: Array<{ language: string }> = userId
      ? await this.dataSource.query(`SELECT language FROM (${userRowSql('$1::uuid')}) u`, [userId])
      : [];
    if (!userId || !user) {
      throw problems.validation([
        { field: 'token', message: 'token is not a valid unsubscribe token' },
      ]);
    }
    return { userId, language: user.language };
  }

  /** Turns the e-mail channel off (only ever from a POST: link scanners only GET). */
  async unsubscribe(token: string): Promise<{ language: string }> {
    const { userId, language } = await this.owner(token);
    await this.preferences.turnOffEmail(userId);
    return { language };
  }

  /**
   * What a person sees on opening the link: a question and a button that POSTs the form
   * back to the same URL. Opening it changes nothing, so mail scanners that prefetch links
   * cannot unsubscribe anyone.
   */
  async confirmationPage(token: string): Promise<string> {
    const { language } = await this.owner(token);
    const action = `?token=${encodeURIComponent(token)}`;
    return this.html(
      language,
      `<form method="post" action="${escapeHtml(action)}"><p>${escapeHtml(this.renderer.t(language, 'unsubscribe.confirm'))}</p><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(this.renderer.t(language, 'unsubscribe.button'))}</button></form>`,
    );
  }

  /** The page after the button was pressed. */
  donePage(language: string): string {
    return this.html(
      language,
      `<p>${escapeHtml(this.renderer.t(language, 'unsubscribe.done'))}</p>`,
    );
  }

  private html(language: string, body: string): string {
    const dir = this.renderer.dir(language);
    return `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Niaz</title></head><body dir="${dir}" style="font-family:Vazirmatn,Tahoma,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.8">${body}</body></html>`;
  }
}
