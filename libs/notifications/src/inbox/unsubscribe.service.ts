import { Injectable } from '@nestjs/common';
import { AppConfig, problems } from '@niaz/core';
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
    this.tokens = new UnsubscribeTokens(config.env.JWT_SECRET);
  }

  async unsubscribe(token: string): Promise<{ language: string }> {
    const userId = this.tokens.verify(token);
    const [user]: Array<{ language: string }> = userId
      ? await this.dataSource.query(`SELECT language FROM app_user WHERE id = $1`, [userId])
      : [];
    if (!userId || !user) {
      throw problems.validation([
        { field: 'token', message: 'token is not a valid unsubscribe token' },
      ]);
    }
    await this.preferences.turnOffEmail(userId);
    return { language: user.language };
  }

  /** The page a person sees after clicking the link, in their language. */
  async page(token: string): Promise<string> {
    const { language } = await this.unsubscribe(token);
    const dir = this.renderer.dir(language);
    const text = escapeHtml(this.renderer.t(language, 'unsubscribe.done'));
    return `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Niaz</title></head><body dir="${dir}" style="font-family:Vazirmatn,Tahoma,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.8"><p>${text}</p></body></html>`;
  }
}
