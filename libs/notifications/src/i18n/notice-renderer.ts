import { Injectable } from '@nestjs/common';
import { AppConfig, LANGUAGES, Language } from '@niaz/core';
import { type MatchReason, reasonText } from '@niaz/matching';
import i18next, { i18n as I18n } from 'i18next';
import { en } from './en';
import { fa } from './fa';
import { tr } from './tr';

export const NOTICE_LANGUAGES: readonly Language[] = LANGUAGES;

const LOCALES: Record<Language, string> = { fa: 'fa-IR', tr: 'tr-TR', en: 'en-GB' };
/** Where dates are shown when the reader set no time zone of their own. */
const DEFAULT_ZONES: Record<Language, string> = {
  fa: 'Asia/Tehran',
  tr: 'Europe/Istanbul',
  en: 'UTC',
};

export interface RenderedNotice {
  title: string;
  body: string;
  /** Where the message leads in the web app. */
  url: string;
  /** Why a match fits, one line each, in the reader's language. */
  reasons: string[];
  /** The heading above `reasons` ("Why it fits:"). */
  reasonsHeading: string;
  language: Language;
  dir: 'rtl' | 'ltr';
}

/** What people wrote (titles, names, reasons): set apart so it keeps its own direction. */
const USER_TEXT = [
  'needTitle',
  'capabilityTitle',
  'buyerName',
  'city',
  'exhibitionTitle',
  'organiserName',
  'otherName',
  'rationale',
  'reason',
  'tableName',
  'url',
] as const;

/** First Strong Isolate … Pop Directional Isolate (Unicode bidi, UAX #9). */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A text isolated for bidi: a Persian title inside an English sentence (or a Latin part
 * number inside a Persian one) neither takes the sentence's direction nor reorders it.
 */
export const isolate = (s: string) => `${FSI}${s.replace(/[\u2066-\u2069]/g, '')}${PDI}`;

function asLanguage(value: string | undefined): Language {
  return value === 'fa' || value === 'tr' || value === 'en' ? value : 'en';
}

/**
 * Renders a notice from its type and params in the reader's language (fa, tr, en) with
 * i18next. Rendering at read or send time keeps the write path lean and follows a user who
 * changes language. Match reasons are rendered from their code and params; a code without
 * a template falls back to the reason's own English text.
 */
@Injectable()
export class NoticeRenderer {
  private readonly i18n: I18n;
  private readonly publicUrl: string;

  constructor(config: AppConfig) {
    this.publicUrl = config.env.PUBLIC_URL.replace(/\/+$/, '');
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources: {
        en: { translation: en },
        fa: { translation: fa },
        tr: { translation: tr },
      },
      lng: 'en',
      fallbackLng: 'en',
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  }

  t(language: string, key: string, vars: Record<string, unknown> = {}): string {
    return this.i18n.t(key, { ...vars, lng: asLanguage(language) });
  }

  dir(language: string): 'rtl' | 'ltr' {
    return asLanguage(language) === 'fa' ? 'rtl' : 'ltr';
  }

  url(path: string): string {
    return `${this.publicUrl}${path}`;
  }

  render(
    type: string,
    params: Record<string, unknown>,
    lang: string,
    timeZone?: string,
  ): RenderedNotice {
    const language = asLanguage(lang);
    const locale = LOCALES[language];
    const vars: Record<string, unknown> = { ...params };
    for (const key of USER_TEXT)
      if (typeof params[key] === 'string') vars[key] = isolate(params[key]);
    if (typeof params.score === 'number' || typeof params.score === 'string') {
      vars.score = new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format(Number(params.score));
    }
    for (const key of ['startsAt', 'submissionDeadline'] as const) {
      if (typeof params[key] === 'string') {
        vars[key] = new Intl.DateTimeFormat(locale, {
          dateStyle: 'long',
          timeZone: timeZone ?? DEFAULT_ZONES[language],
        }).format(new Date(params[key]));
      }
    }
    if (typeof params.bidDeadline === 'string') {
      vars.deadline = new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: timeZone ?? DEFAULT_ZONES[language],
      }).format(new Date(params.bidDeadline));
    }
    if (typeof params.slotStart === 'string') {
      // A meeting's time is the fair's: in the exhibition's time zone, whoever reads it.
      vars.slot = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone:
          (typeof params.timeZone === 'string' ? params.timeZone : undefined) ??
          timeZone ??
          DEFAULT_ZONES[language],
      }).format(new Date(params.slotStart));
    }
    if (Array.isArray(params.fields)) {
      // Which identity fields changed, worded and listed in the reader's language.
      vars.fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        (params.fields as string[]).map((f) =>
          this.i18n.t(`field.${f}`, { lng: language, defaultValue: f }),
        ),
      );
    }
    const context =
      type === 'need.closed' && params.status === 'cancelled'
        ? 'cancelled'
        : type === 'bid.opened' && params.lapsed === true
          ? 'lapsed'
          : '';
    const t = (key: string, extra: Record<string, unknown> = {}) =>
      this.i18n.t(key, { ...vars, ...extra, lng: language, context });
    let body = t(`${type}.body`);
    if (typeof params.reason === 'string' && params.reason.trim()) {
      body += ` ${t('common.reason', { reason: isolate(params.reason.trim()) })}`;
    } else if (typeof params.reasonCode === 'string' && params.reasonCode) {
      // A reason the server gave itself: worded here, never stored as a sentence.
      const reason = t(`reasonCode.${params.reasonCode}`, { defaultValue: '' });
      if (reason) body += ` ${t('common.reason', { reason })}`;
    }
    const reasons = Array.isArray(params.reasons)
      ? (params.reasons as MatchReason[]).map((r) => this.reason(r, language))
      : [];
    return {
      title: t(`${type}.title`),
      body,
      url: this.linkOf(type, params),
      reasons,
      reasonsHeading: this.i18n.t('common.why', { lng: language }),
      language,
      dir: this.dir(language),
    };
  }

  /** One line of plain text per part: title, body, reasons, link. */
  plainText(notice: RenderedNotice): string {
    const parts = [notice.title, '', notice.body];
    if (notice.reasons.length) {
      parts.push('', notice.reasonsHeading, ...notice.reasons.map((r) => `• ${r}`));
    }
    parts.push('', notice.url);
    return parts.join('\n');
  }

  /** A reason in the reader's language, worded by libs/matching. */
  private reason(reason: MatchReason, language: Language): string {
    return reasonText(reason, language);
  }

  private linkOf(type: string, params: Record<string, unknown>): string {
    if (type === 'webhook.disabled') return this.url('/settings/webhooks');
    if (typeof params.exhibitionId === 'string') {
      return this.url(`/exhibitions/${params.exhibitionId}`);
    }
    if (typeof params.needId === 'string') return this.url(`/needs/${params.needId}`);
    if (typeof params.organizationId === 'string')
      return this.url(`/organizations/${params.organizationId}`);
    return this.url('/notifications');
  }
}
