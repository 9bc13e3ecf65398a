import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { needPayload } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

type Lang = 'fa' | 'tr' | 'en';
interface Reader {
  lang: Lang;
  locale: string;
  timezoneId: string;
  width: number;
}

const READERS: Reader[] = [
  { lang: 'fa', locale: 'fa-IR', timezoneId: 'Asia/Tehran', width: 360 },
  { lang: 'tr', locale: 'tr-TR', timezoneId: 'Europe/Istanbul', width: 1280 },
  { lang: 'en', locale: 'en-GB', timezoneId: 'UTC', width: 1280 },
  { lang: 'tr', locale: 'tr-TR', timezoneId: 'Europe/Istanbul', width: 360 },
];

/** The owner's own translations of the need's Persian title. */
const TRANSLATED = {
  tr: { title: 'Elektrik motoru için 6204 rulman' },
  en: { title: 'Bearing 6204 for electric motors' },
};

/** Per language: the words the checks look for. */
const WORDS = {
  fa: {
    zone: 'منطقه زمانی',
    byNeed: 'بر اساس نیاز',
    markAll: 'همه خوانده شد',
    iran: 'وقت ایران',
    unit: 'عدد',
    original: 'نمایش متن اصلی',
    country: /^کشور\s*\*?$/,
  },
  tr: {
    zone: 'Saat dilimi',
    byNeed: 'ihtiyaca göre',
    markAll: 'Tümünü okundu işaretle',
    iran: 'İran Saati',
    unit: 'adet',
    original: 'Aslını göster',
    country: /^Ülke\s*\*?$/,
  },
  en: {
    zone: 'Time zone',
    byNeed: 'by need',
    markAll: 'Mark all as read',
    iran: 'Iran Time',
    unit: 'pieces',
    original: 'Show the original',
    country: /^Country\s*\*?$/,
  },
};

/**
 * The languages journey: one reader per language (Persian at 360 px, Turkish and English at
 * 1280 px) walks the need form's time zone, lists that name the need's zone, and the inbox
 * grouped by day and by need with "mark all read".
 */
describe('browser journey: each reader their language, zone and inbox', () => {
  const stack = useJourneyStack();

  it.each(READERS)(
    '$lang at $width px',
    async (reader) => {
      const { ctx, browser } = stack;
      const api = () => request(ctx.url);
      const words = WORDS[reader.lang];
      // A manufacturer who also supplies, registered through the API and signed in by token.
      const email = `lang${randomBytes(5).toString('hex')}@test.niaz`;
      const reg = await api()
        .post('/api/v1/auth/register')
        .send({
          email,
          password: 'correct horse battery',
          name: 'Reader',
          language: reader.lang,
          organization: {
            name: 'صنایع قم',
            kinds: ['manufacturer', 'supplier'],
            country: 'IR',
            province: 'Qom',
          },
        })
        .expect(201);
      const auth = { authorization: `Bearer ${reg.body.accessToken}` };
      const who = await person(browser, `languages-${reader.lang}-${reader.width}`, reader);
      const { page, shot } = who;
      // Signed in as the app keeps a session (the script runs in the page, not in Node).
      const tokens = JSON.stringify({
        accessToken: reg.body.accessToken,
        refreshToken: reg.body.refreshToken,
      });
      await who.context.addInitScript(
        `localStorage.setItem('niaz.session', ${JSON.stringify(tokens)})`,
      );
      await walk(who, `languages ${reader.lang}`, journey);

      async function journey() {
        // The need form: the zone follows the country until chosen, Tehran and Istanbul first.
        await page.goto(`${ctx.url}/needs/new`);
        const zone = page.getByLabel(words.zone, { exact: true });
        await zone.waitFor();
        // A Turkish reader's need is in Türkiye by default, the others' in Iran.
        const [home, away] =
          reader.lang === 'tr'
            ? ['Europe/Istanbul', 'Asia/Tehran']
            : ['Asia/Tehran', 'Europe/Istanbul'];
        expect(await zone.inputValue()).toBe(home);
        const firstTwo = await zone
          .locator('option')
          .evaluateAll((os) =>
            os.slice(0, 2).map((o) => (o as unknown as { value: string }).value),
          );
        expect(firstTwo).toEqual(['Asia/Tehran', 'Europe/Istanbul']);
        await page.getByLabel(words.country).selectOption(reader.lang === 'tr' ? 'IR' : 'TR');
        expect(await zone.inputValue()).toBe(away);
        // A zone chosen by hand stays when the country changes.
        await zone.selectOption('Europe/Berlin');
        await page.getByLabel(words.country).selectOption(reader.lang === 'tr' ? 'TR' : 'IR');
        expect(await zone.inputValue()).toBe('Europe/Berlin');
        await zone.selectOption('Asia/Tehran');
        // The picker reads 17:00 on Tehran's clock, whatever the browser's zone.
        const deadlineBox = page.locator('fieldset.deadline');
        expect(await deadlineBox.locator('input[type=time]').inputValue()).toBe('17:00');
        expect(await deadlineBox.locator('.hint').textContent()).toMatch(/۱۷:۰۰|17:00/);
        await shot('need-form-zone');

        // A need in Tehran's zone, listed on the home page with its zone named.
        const deadline = new Date(Date.now() + 20 * 86400_000);
        const need = await api()
          .post('/api/v1/needs')
          .set(auth)
          .send(
            needPayload({
              bidDeadline: deadline.toISOString(),
              timeZone: 'Asia/Tehran',
              translations: TRANSLATED,
            }),
          )
          .expect(201);
        await api().post(`/api/v1/needs/${need.body.id}/publish`).set(auth).expect(200);
        await page.goto(`${ctx.url}/`);
        await page.getByText(words.iran).first().waitFor();
        await shot('home-deadline-zone');

        // The need's page: the owner's title in the reader's language, marked, the original a
        // click away; the unit in the reader's word; the deadline in Tehran's zone, named.
        await page.goto(`${ctx.url}/needs/${need.body.id}`);
        const heading = page.getByRole('heading', { level: 1 });
        await heading.waitFor();
        await page.getByText(words.unit, { exact: false }).first().waitFor();
        if (reader.lang === 'fa') {
          expect(await heading.textContent()).toBe('بلبرینگ ۶۲۰۴ برای نوار نقاله');
          expect(await page.locator('.translated-mark').count()).toBe(0);
        } else {
          expect(await heading.textContent()).toBe(TRANSLATED[reader.lang].title);
          await page.locator('.translated-mark').first().waitFor();
          await shot('need-translated');
          await page.getByRole('button', { name: words.original }).click();
          expect(await heading.textContent()).toBe('بلبرینگ ۶۲۰۴ برای نوار نقاله');
        }
        await shot('need-page');

        // Twelve notices over three days about three needs (and one about none).
        const db = ctx.app.get(DataSource);
        const needs = [need.body.id, crypto.randomUUID(), crypto.randomUUID()];
        const titles = ['بلبرینگ ۶۲۰۴ برای نوار نقاله', 'Rulman 6205-2RS', 'Gear 18CrNiMo7-6'];
        for (let i = 0; i < 12; i++) {
          const k = i % 3;
          await db.query(
            `INSERT INTO notification ("userId", type, "eventKey", params, "createdAt")
           VALUES ($1, 'need.matched', 'need.matched:' || gen_random_uuid(), $2,
                   now() - ($3 || ' hours')::interval)`,
            [
              reg.body.user.id,
              JSON.stringify({
                needId: needs[k],
                needTitle: titles[k],
                capabilityTitle: 'Rulman',
                score: 0.5 + k / 10 + i / 100,
                reasons: [],
              }),
              String(i * 5),
            ],
          );
        }
        await page.goto(`${ctx.url}/notifications`);
        await page.locator('.inbox-group').first().waitFor();
        expect(await page.locator('.inbox-group').count()).toBeGreaterThanOrEqual(3);
        await shot('inbox-by-day');
        await page
          .getByLabel(
            new RegExp(
              reader.lang === 'fa' ? 'دسته‌بندی' : reader.lang === 'tr' ? 'Grupla' : 'Group',
            ),
          )
          .selectOption('need');
        await page.locator('.inbox-group__head', { hasText: 'Gear 18CrNiMo7-6' }).waitFor();
        expect(await page.locator('.inbox-group').count()).toBe(3);
        await shot('inbox-by-need');
        await page.getByRole('button', { name: words.markAll }).click();
        await page.locator('.unread-item').first().waitFor({ state: 'detached' });
        const inbox = await api().get('/api/v1/notifications').set(auth).expect(200);
        expect(inbox.body.unreadCount).toBe(0);
        await shot('inbox-all-read');
      }
    },
    180_000,
  );
});
