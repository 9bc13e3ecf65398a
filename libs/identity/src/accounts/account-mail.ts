import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import nodemailer, { Transporter } from 'nodemailer';
import type { Language } from '@niaz/core';

export type AccountMailKind =
  'verify-email' | 'password-reset' | 'address-taken' | 'meeting-invitation';

type Texts = Record<AccountMailKind, { subject: string; body: string; action?: string }>;

/**
 * The account e-mails, worded per language; the link (when there is one) follows the body.
 * `{exhibition}` in a text is the exhibition's title.
 */
const TEXTS: Record<Language, Texts> = {
  en: {
    'verify-email': {
      subject: 'Confirm your e-mail address for Niaz',
      body: 'Open this link to confirm your address. Until you do, you can look around but not publish needs, bid or accept NDAs. The link works for 48 hours.',
      action: 'Confirm my address',
    },
    'password-reset': {
      subject: 'Reset your Niaz password',
      body: 'Someone (we hope you) asked to reset the password of this account. The link works once, for 30 minutes; after the reset every device is signed out. If it was not you, ignore this e-mail.',
      action: 'Choose a new password',
    },
    'address-taken': {
      subject: 'Someone tried to register on Niaz with your address',
      body: 'Someone tried to create a new Niaz account with this e-mail address, which already has an account. Nothing was changed. If it was you, sign in instead, or reset your password.',
    },
    'meeting-invitation': {
      subject: 'You are invited to meet manufacturers at {exhibition}',
      body: 'The organisers of {exhibition} invite your company to its business meetings on Niaz: see the participants, ask for meetings about their needs and get your agenda. Open the link to sign up (or sign in) and join. The link works once, for 14 days.',
      action: 'Join the meetings',
    },
  },
  fa: {
    'verify-email': {
      subject: 'نشانی ایمیل خود را در نیاز تأیید کنید',
      body: 'برای تأیید نشانی خود این پیوند را باز کنید. تا پیش از تأیید می‌توانید همه چیز را ببینید، اما نمی‌توانید نیاز منتشر کنید، پیشنهاد بدهید یا توافق‌نامهٔ محرمانگی را بپذیرید. این پیوند ۴۸ ساعت کار می‌کند.',
      action: 'تأیید نشانی من',
    },
    'password-reset': {
      subject: 'بازنشانی گذرواژهٔ نیاز',
      body: 'کسی (امیدواریم شما) خواسته است گذرواژهٔ این حساب بازنشانی شود. این پیوند یک بار و به مدت ۳۰ دقیقه کار می‌کند و پس از بازنشانی، همهٔ دستگاه‌ها از حساب خارج می‌شوند. اگر شما نبودید، این ایمیل را نادیده بگیرید.',
      action: 'انتخاب گذرواژهٔ تازه',
    },
    'address-taken': {
      subject: 'کسی کوشید با نشانی شما در نیاز ثبت‌نام کند',
      body: 'کسی کوشید با این نشانی ایمیل، که پیش‌تر حسابی دارد، حساب تازه‌ای در نیاز بسازد. چیزی تغییر نکرد. اگر خودتان بودید، وارد شوید یا گذرواژه را بازنشانی کنید.',
    },
    'meeting-invitation': {
      subject: 'دعوت به ملاقات‌های کاری {exhibition}',
      body: 'برگزارکنندگان «{exhibition}» شرکت شما را به ملاقات‌های کاری این نمایشگاه در نیاز دعوت کرده‌اند: شرکت‌کنندگان را ببینید، دربارهٔ نیازهایشان درخواست ملاقات بفرستید و برنامهٔ ملاقات‌های خود را بگیرید. برای ثبت‌نام (یا ورود) و پیوستن این پیوند را باز کنید. این پیوند یک بار و تا ۱۴ روز کار می‌کند.',
      action: 'پیوستن به ملاقات‌ها',
    },
  },
  tr: {
    'verify-email': {
      subject: 'Niaz için e-posta adresinizi doğrulayın',
      body: 'Adresinizi doğrulamak için bu bağlantıyı açın. Doğrulayana kadar her şeye bakabilir, ancak ihtiyaç yayımlayamaz, teklif veremez veya gizlilik sözleşmesi kabul edemezsiniz. Bağlantı 48 saat geçerlidir.',
      action: 'Adresimi doğrula',
    },
    'password-reset': {
      subject: 'Niaz parolanızı sıfırlayın',
      body: 'Birisi (umarız siz) bu hesabın parolasını sıfırlamak istedi. Bağlantı bir kez ve 30 dakika geçerlidir; sıfırlamadan sonra tüm cihazlarda oturum kapanır. Siz değilseniz bu e-postayı yok sayın.',
      action: 'Yeni parola seç',
    },
    'address-taken': {
      subject: 'Birisi adresinizle Niaz’a kaydolmaya çalıştı',
      body: 'Birisi zaten bir hesabı olan bu e-posta adresiyle yeni bir Niaz hesabı açmaya çalıştı. Hiçbir şey değişmedi. Sizseniz giriş yapın veya parolanızı sıfırlayın.',
    },
    'meeting-invitation': {
      subject: '{exhibition} iş görüşmelerine davetlisiniz',
      body: '{exhibition} düzenleyicileri şirketinizi Niaz üzerindeki iş görüşmelerine davet ediyor: katılımcıları görün, ihtiyaçları hakkında görüşme isteyin ve görüşme programınızı alın. Kaydolmak (ya da giriş yapmak) ve katılmak için bağlantıyı açın. Bağlantı bir kez ve 14 gün geçerlidir.',
      action: 'Görüşmelere katıl',
    },
  },
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Sends the account e-mails (verification, password reset, "someone used your address")
 * through SMTP_URL. Sending never holds up or fails the request that caused it (and so never
 * tells by its timing whether an address has an account); a failure is logged.
 */
@Injectable()
export class AccountMail implements OnApplicationShutdown {
  private readonly logger = new Logger(AccountMail.name);
  private transport?: Transporter;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly config: AppConfig) {}

  send(
    to: string,
    language: Language,
    kind: AccountMailKind,
    link?: string,
    vars: { exhibition?: string } = {},
  ): void {
    const sending = this.deliver(to, language, kind, link, vars).catch((e: Error) =>
      this.logger.warn(`account e-mail (${kind}) not sent: ${e.message}`),
    );
    this.pending.add(sending);
    void sending.finally(() => this.pending.delete(sending));
  }

  /** Waits for e-mails in flight (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async deliver(
    to: string,
    language: Language,
    kind: AccountMailKind,
    link?: string,
    vars: { exhibition?: string } = {},
  ): Promise<void> {
    if (!this.config.env.SMTP_URL) {
      this.logger.warn(`SMTP_URL is not set: the ${kind} e-mail was not sent`);
      return;
    }
    const fill = (text: string) => text.replace(/\{exhibition\}/g, vars.exhibition ?? '');
    const raw = (TEXTS[language] ?? TEXTS.en)[kind];
    const t = {
      subject: fill(raw.subject),
      body: fill(raw.body),
      action: raw.action && fill(raw.action),
    };
    const dir = language === 'fa' ? 'rtl' : 'ltr';
    this.transport ??= nodemailer.createTransport({
      url: this.config.env.SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    await this.transport.sendMail({
      from: this.config.env.MAIL_FROM,
      to,
      subject: t.subject,
      text: link ? `${t.body}\n\n${t.action}: ${link}\n` : `${t.body}\n`,
      html: `<!doctype html><html lang="${language}" dir="${dir}"><body dir="${dir}" style="font-family:Vazirmatn,Tahoma,sans-serif;line-height:1.8"><p>${escapeHtml(t.body)}</p>${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t.action ?? link)}</a></p>` : ''}</body></html>`,
      headers: { 'X-Niaz-Mail': kind },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
    this.transport?.close();
  }
}
