import i18next from 'i18next';
import { ApiError } from '../../apps/web/src/api/problem';
import en from '../../apps/web/src/i18n/locales/en.json';
import fa from '../../apps/web/src/i18n/locales/fa.json';
import tr from '../../apps/web/src/i18n/locales/tr.json';

describe('field errors worded by the web app', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { fa: { translation: fa }, tr: { translation: tr }, en: { translation: en } },
      lng: 'fa',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  const problem = new ApiError(400, {
    status: 400,
    errors: [
      {
        field: 'localContentPercent',
        message: 'localContentPercent must be at least 60 for this need',
        code: 'minLocalContent',
        params: { limit: 60 },
      },
      {
        field: 'reason',
        message: 'reason must be longer than or equal to 3 characters',
        code: 'minLength',
        params: { limit: 3 },
      },
      { field: 'title', message: 'a text the app has no words for', code: 'brandNewRule' },
    ],
  });

  it('uses the code and the page language, never the raw field name', async () => {
    await i18next.changeLanguage('fa');
    expect(problem.fieldErrors).toEqual({
      localContentPercent: 'این نیاز دست‌کم ۶۰٪ ساخت داخل می‌خواهد.',
      reason: 'باید دست‌کم ۳ نویسه باشد.',
      title: 'a text the app has no words for',
    });
    await i18next.changeLanguage('tr');
    expect(problem.fieldErrors.localContentPercent).toBe(
      'Bu ihtiyaç en az %60 yerli katkı istiyor.',
    );
    expect(problem.fieldErrors.reason).toBe('En az 3 karakter olmalıdır.');
  });
});
