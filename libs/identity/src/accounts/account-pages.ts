import type { Language } from '@niaz/core';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXT: Record<Language, Record<string, string>> = {
  en: {
    verifyAsk: 'Confirm this e-mail address for your Niaz account?',
    verifyButton: 'Confirm',
    verified: 'Your e-mail address is confirmed. You can now publish needs, bid and accept NDAs.',
    resetAsk: 'Choose a new password (at least 8 characters). Every device will be signed out.',
    resetButton: 'Set the new password',
    reset: 'Your password was changed and every device was signed out. Sign in with the new one.',
  },
  fa: {
    verifyAsk: 'این نشانی ایمیل برای حساب نیاز شما تأیید شود؟',
    verifyButton: 'تأیید',
    verified:
      'نشانی ایمیل شما تأیید شد. اکنون می‌توانید نیاز منتشر کنید، پیشنهاد بدهید و توافق‌نامهٔ محرمانگی را بپذیرید.',
    resetAsk: 'گذرواژهٔ تازه‌ای برگزینید (دست‌کم ۸ نویسه). همهٔ دستگاه‌ها از حساب خارج می‌شوند.',
    resetButton: 'ثبت گذرواژهٔ تازه',
    reset: 'گذرواژهٔ شما تغییر کرد و همهٔ دستگاه‌ها از حساب خارج شدند. با گذرواژهٔ تازه وارد شوید.',
  },
  tr: {
    verifyAsk: 'Bu e-posta adresi Niaz hesabınız için doğrulansın mı?',
    verifyButton: 'Doğrula',
    verified:
      'E-posta adresiniz doğrulandı. Artık ihtiyaç yayımlayabilir, teklif verebilir ve gizlilik sözleşmelerini kabul edebilirsiniz.',
    resetAsk: 'Yeni bir parola seçin (en az 8 karakter). Tüm cihazlarda oturum kapanacak.',
    resetButton: 'Yeni parolayı kaydet',
    reset: 'Parolanız değişti ve tüm cihazlarda oturum kapandı. Yeni parolayla giriş yapın.',
  },
};

/** Picks fa, tr or en from Accept-Language (fa when none matches). */
export function pageLanguage(acceptLanguage: string | undefined): Language {
  const match = /\b(fa|tr|en)\b/i.exec(acceptLanguage ?? '');
  return (match?.[1].toLowerCase() as Language | undefined) ?? 'fa';
}

/** The small pages the links of account e-mails open (opening one changes nothing). */
export function accountPage(language: Language, body: string): string {
  const dir = language === 'fa' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>Niaz</title></head><body dir="${dir}" style="font-family:Vazirmatn,Tahoma,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.8">${body}</body></html>`;
}

export function pageText(language: Language, key: string): string {
  return escapeHtml(TEXT[language][key]);
}

export function verifyForm(language: Language, token: string): string {
  return accountPage(
    language,
    `<form method="post" action="verify-email"><p>${pageText(language, 'verifyAsk')}</p><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${pageText(language, 'verifyButton')}</button></form>`,
  );
}

export function resetForm(language: Language, token: string): string {
  return accountPage(
    language,
    `<form method="post" action="confirm"><p>${pageText(language, 'resetAsk')}</p><input type="hidden" name="token" value="${escapeHtml(token)}"><p><input type="password" name="password" minlength="8" maxlength="128" required autocomplete="new-password"></p><button type="submit">${pageText(language, 'resetButton')}</button></form>`,
  );
}
