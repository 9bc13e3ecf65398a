import request from 'supertest';
import { bearer, bidPayload, register } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

const TZ = 'Asia/Tehran';

/** The Jalali date and the local time of an instant in Tehran, as a person there reads them. */
function tehranParts(date: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US-u-ca-persian', {
      timeZone: TZ,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    time: `${parts.hour}:${parts.minute}`,
  };
}

const persianDigits = (n: number | string) =>
  String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

/**
 * Journey 1, in Persian at 360 px: a manufacturer signs up from the home page, posts and
 * publishes a need with the HS picker and a Jalali deadline a minute away, sees one sealed
 * bid (the supplier and the bid are made through the API), and when the deadline passes
 * compares the bids and awards one.
 */
describe('browser journey 1: manufacturer (fa, RTL, 360 px)', () => {
  const stack = useJourneyStack();

  it('signs up, posts and publishes a need, and awards the bid after the deadline', async () => {
    const { ctx, browser } = stack;
    const maker = await person(browser, 'journey-1-manufacturer-fa', {
      locale: 'fa-IR',
      timezoneId: TZ,
      width: 360,
      height: 740,
    });
    const { page, shot } = maker;
    await walk(maker, 'journey 1', journey);

    async function journey() {
      // A browser that prefers Persian gets the Persian, right-to-left page.
      await page.goto(`${ctx.url}/`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('fa');
      await page
        .getByRole('heading', { name: 'آنچه صنعت امروز وارد می‌کند، در داخل بسازید' })
        .waitFor();
      await shot('home');

      // Sign up as a manufacturer.
      await page.getByRole('link', { name: 'شروع کنید' }).click();
      await page.getByRole('heading', { name: 'ساخت حساب کاربری' }).waitFor();
      await page.getByRole('checkbox', { name: /تولیدکننده/ }).check();
      await page.getByLabel('نام شما').fill('مریم احمدی');
      await page.getByLabel('نام سازمان').fill('صنایع ماشین‌سازی قم');
      await page.getByLabel('استان', { exact: true }).fill('قم');
      const email = `maryam${Date.now()}@qom-machinery.ir`;
      await page.getByLabel('رایانامه').fill(email);
      // A too-short password: the API's field error appears beside the field.
      await page.getByLabel('گذرواژه').fill('short');
      await page.getByRole('button', { name: 'ساخت حساب' }).click();
      const passwordError = page.locator('.field--error .error');
      await passwordError.waitFor();
      // Worded by the app from the error's code, in Persian with Persian digits.
      expect(await passwordError.textContent()).toBe('باید دست‌کم ۸ نویسه باشد.');
      await shot('signup-field-error');
      await page.getByLabel('گذرواژه').fill('correct horse battery');
      await page.getByRole('button', { name: 'ساخت حساب' }).click();
      await page.getByRole('heading', { name: 'سلام، مریم احمدی' }).waitFor();
      await shot('home-manufacturer');

      // Post a need: HS picker by a Persian word, price, a Jalali deadline about a minute away.
      await page.getByRole('link', { name: 'ثبت نیاز' }).click();
      await page.getByRole('heading', { name: 'ثبت نیاز' }).waitFor();
      await page
        .getByRole('textbox', { name: 'عنوان', exact: true })
        .fill('بلبرینگ ۶۲۰۴ برای نوار نقاله');
      await page
        .getByLabel('شرح', { exact: true })
        .fill('سالانه ۵۰۰۰ عدد بلبرینگ از آلمان وارد می‌کنیم');
      await page.getByLabel('جستجوی کد HS').fill('بلبرینگ');
      const hsOption = page.getByRole('button', { name: /8482/ }).first();
      await hsOption.waitFor();
      await shot('hs-picker');
      await hsOption.click();
      await page.getByRole('list', { name: 'کدهای HS انتخاب‌شده' }).getByText('8482').waitFor();
      // Down to a 6-digit subheading of HS 2022 with the keyboard only: the heading's code in
      // Persian digits, arrow keys past the chosen heading, Enter.
      const hsBox = page.getByLabel('جستجوی کد HS');
      await hsBox.fill('۸۴۸۲');
      await page.getByRole('button', { name: /848210/ }).waitFor();
      await shot('hs-picker-subheadings');
      await hsBox.press('ArrowDown');
      await hsBox.page().keyboard.press('ArrowDown');
      expect(await page.locator(':focus').textContent()).toContain('848210');
      await page.keyboard.press('Enter');
      const chosenHs = page.getByRole('list', { name: 'کدهای HS انتخاب‌شده' });
      await chosenHs.getByText('848210').waitFor();
      expect(await page.locator(':focus').getAttribute('id')).toBe(await hsBox.getAttribute('id'));
      await shot('hs-picker-chosen');
      await page.getByLabel('مقدار سالانه').fill('۵۰۰۰');
      await page.getByLabel('واحد', { exact: true }).fill('عدد');
      // Persian digits and the Persian decimal sign: read back before it is sent.
      const target = page.getByRole('group', { name: 'قیمت هدف هر واحد' });
      await target.getByLabel('ارز').selectOption('EUR');
      await target.getByLabel('مبلغ').fill('۳,۹۵');
      await target.getByText('این را می‌شود دو جور خواند').waitFor();
      await target.getByLabel('مبلغ').fill('۳٫۹۵');
      expect(await target.getByTestId('targetPrice-read-back').textContent()).toContain('۳٫۹۵');

      // The picker has whole minutes: the next one at least 30 s away (the rest of the form,
      // the publication and the supplier's bid fit in that), so the wait stays short.
      const deadline = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
      const j = tehranParts(deadline);
      const deadlineBox = page.getByRole('group', { name: 'مهلت ارسال پیشنهاد' });
      await deadlineBox.getByLabel('سال', { exact: true }).selectOption(String(j.year));
      await deadlineBox.getByLabel('ماه', { exact: true }).selectOption(String(j.month));
      await deadlineBox.getByLabel('روز', { exact: true }).selectOption(String(j.day));
      await deadlineBox.getByLabel('ساعت', { exact: true }).fill(j.time);
      // The picker speaks Solar Hijri with Persian digits.
      const chosen = await deadlineBox.locator('.hint').textContent();
      expect(chosen).toContain(persianDigits(j.year));
      expect(chosen).not.toMatch(/20\d\d/);
      await page.getByLabel('جزئیات محرمانه').fill('نقشهٔ فنی محرمانه: تلرانس ۰٫۰۰۲ میلی‌متر');
      await shot('need-form');

      // A Turkish bearing maker is already on Niaz (made through the API).
      const supplier = await register(ctx, ['supplier'], {
        country: 'TR',
        province: 'Erzurum',
        name: 'Ayşe',
      });
      await request(ctx.url)
        .post('/api/v1/capabilities')
        .set(bearer(supplier))
        .send({
          title: 'Bilyalı rulman üretimi',
          description: 'Konveyör ve elektrik motorları için rulman',
          hsCodes: ['8482'],
          country: 'TR',
        })
        .expect(201);
      await page.getByRole('button', { name: 'انتشار نیاز' }).click();

      // The need's page: published, Jalali dates with Persian digits.
      await page.getByText('نیاز شما منتشر شد').waitFor();
      const needId = page.url().split('/needs/')[1];
      expect(needId).toMatch(/^[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'بلبرینگ ۶۲۰۴ برای نوار نقاله' }).waitFor();
      const deadlineText = await page.locator('time').first().textContent();
      expect(deadlineText).toContain(persianDigits(j.year));
      expect(deadlineText).not.toMatch(/[0-9]/);
      const published = await request(ctx.url).get(`/api/v1/needs/${needId}`).expect(200);
      expect(published.body.status).toBe('open');
      expect(published.body.hsCodes).toEqual(['8482', '848210']);
      expect(published.body.targetPrice.amount).toBe('3.9500');
      expect(published.body.targetPrice.currency).toBe('EUR');
      expect(published.body.quantityPerYear).toBe(5000);
      expect(Date.parse(published.body.bidDeadline)).toBe(deadline.getTime());
      await shot('need-published');

      // Matching runs in the worker: the page says it is looking, then the maker appears
      // without a reload.
      await page.getByText('Bilyalı rulman üretimi').waitFor({ timeout: 30_000 });
      await shot('matches-live');

      // The supplier reads the details under NDA and bids (through the API).
      await request(ctx.url)
        .post(`/api/v1/needs/${needId}/nda`)
        .set(bearer(supplier))
        .send({})
        .expect(200);
      await request(ctx.url)
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(supplier))
        .send(bidPayload({ price: { amount: '11.80', currency: 'EUR' }, leadTimeDays: 90 }))
        .expect(201);

      // Before the deadline the bid is sealed: the owner sees neither what it says nor that
      // it exists (the page reads the same with no bid).
      await page.reload();
      await page.getByText(/پیشنهادها تا پایان مهلت/).waitFor();
      expect(await page.content()).not.toContain('۱ پیشنهاد');
      expect(await page.content()).not.toContain('52100');
      await shot('bids-sealed');

      // The deadline passes while the page is open: the comparison appears by itself (on a
      // phone as one card per bid).
      const compare = page.getByRole('list', { name: 'مقایسهٔ پیشنهادها در کنار هم' });
      await compare.waitFor({ timeout: deadline.getTime() - Date.now() + 30_000 });
      expect(await compare.textContent()).toContain('Rulman');
      await shot('bids-compared');

      await compare.getByRole('button', { name: /به‌عنوان برنده/ }).click();
      await page.getByRole('button', { name: 'بله، برنده شود' }).click();
      await page.locator('.need .badge', { hasText: 'واگذارشده' }).waitFor();
      await compare.getByText('برنده', { exact: true }).waitFor();
      await shot('awarded');

      const awarded = await request(ctx.url).get(`/api/v1/needs/${needId}`).expect(200);
      expect(awarded.body.status).toBe('awarded');
      const bids = await request(ctx.url).get('/api/v1/bids').set(bearer(supplier)).expect(200);
      expect(bids.body.items[0].status).toBe('awarded');
    }
  }, 240_000);
});
