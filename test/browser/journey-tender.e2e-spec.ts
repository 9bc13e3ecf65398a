import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@niaz/testing';
import { bidPayload, makeAdmin, needPayload } from '../support/actors';
import type { ApiTestContext } from '../support/api-app';
import { type Client, registerClient } from '../support/contract-client';
import { person, type Person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

type Account = Client;

/** A new account with its organisation, through the API (the journeys before test sign-up). */
function signUp(
  ctx: ApiTestContext,
  name: string,
  organization: string,
  kinds: string[],
  country: string,
): Promise<Account> {
  return registerClient(
    ctx.url,
    kinds,
    { name: organization, country },
    { emailPrefix: name.split(' ')[0].toLowerCase(), password: 'correct horse battery', name },
  );
}

const auth = (a: Account) => ({ authorization: `Bearer ${a.token}` });

/** The person's browser is signed in as `a` (the tokens the web app keeps in localStorage). */
async function signIn(ctx: ApiTestContext, who: Person, a: Account) {
  await who.page.goto(`${ctx.url}/`);
  // A string, evaluated in the page: the test's own TypeScript has no DOM types.
  const session = JSON.stringify({ accessToken: a.token, refreshToken: a.refreshToken });
  await who.page.evaluate(`localStorage.setItem('niaz.session', ${JSON.stringify(session)})`);
}

/**
 * Journey 4, the tender rules (issue 15) in three languages: the owner in Persian on a phone
 * amends the terms with a rationale; the Turkish supplier sees the "re-confirm" notice,
 * re-confirms, asks a question, and reads the owner's answer; an English-speaking supplier
 * leaves its bid unconfirmed. The deadline passes: the opening shows how many bids were
 * opened and that one lapsed, the comparison shows totals and converted amounts (cards on
 * the phone, a table on a wide screen), the owner awards, and the record's hash chain
 * verifies for the owner and for the bidder; the owner reposts the finished tender as a new
 * draft.
 */
describe('browser journey 4: sealed means sealed (fa 360 px, tr, en 360 px)', () => {
  const stack = useJourneyStack();

  it('amends, re-confirms, answers in the open, opens, awards and verifies the record', async () => {
    const { ctx, browser } = stack;
    const owner = await person(browser, 'journey-4-tender-owner-fa', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 740,
    });
    const turk = await person(browser, 'journey-4-tender-supplier-tr', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 1024,
      height: 800,
    });
    const late = await person(browser, 'journey-4-tender-supplier-en', {
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      width: 360,
      height: 740,
    });
    await walk(owner, 'journey 4 (owner)', () =>
      walk(turk, 'journey 4 (supplier tr)', () => walk(late, 'journey 4 (supplier en)', journey)),
    );

    async function journey() {
      // The cast, through the API: a manufacturer in Qom, three suppliers, an admin for rates.
      const maker = await signUp(ctx, 'مریم احمدی', 'صنایع ماشین‌سازی قم', ['manufacturer'], 'IR');
      const ayse = await signUp(ctx, 'Ayşe Yılmaz', 'Erzurum Rulman Sanayi', ['supplier'], 'TR');
      const john = await signUp(ctx, 'John Carter', 'Carter Bearings Ltd', ['supplier'], 'GB');
      const reza = await signUp(ctx, 'رضا کریمی', 'بلبرینگ سازان تبریز', ['supplier'], 'IR');
      const admin = await signUp(ctx, 'Admin', 'Niaz', ['organiser'], 'IR');
      await makeAdmin(ctx, { ...admin, token: admin.token });
      await request(ctx.url)
        .put('/api/v1/admin/exchange-rates/TRY')
        .set(auth(admin))
        .send({ perEur: '36.5', asOf: '2026-12-01', source: 'TCMB' })
        .expect(200);

      const created = await request(ctx.url)
        .post('/api/v1/needs')
        .set(auth(maker))
        .send(
          needPayload({
            title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
            bidDeadline: new Date(Date.now() + 10 * 86400_000).toISOString(),
            specification: 'بلبرینگ شیاردار ۶۲۰۴ با درزگیر لاستیکی',
            awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
          }),
        )
        .expect(201);
      const needId: string = created.body.id;
      await request(ctx.url).post(`/api/v1/needs/${needId}/publish`).set(auth(maker)).expect(200);
      const ayseBid = await request(ctx.url)
        .post(`/api/v1/needs/${needId}/bids`)
        .set(auth(ayse))
        .send(
          bidPayload({
            price: { amount: '420', currency: 'TRY' },
            proposal: '52100 çeliğinden 6204-2RS rulman, 90 günde teslim.',
          }),
        )
        .expect(201);
      await request(ctx.url)
        .post(`/api/v1/needs/${needId}/bids`)
        .set(auth(john))
        .send(bidPayload({ price: { amount: '10.90', currency: 'EUR' }, proposal: 'UK stock.' }))
        .expect(201);
      const rezaBid = await request(ctx.url)
        .post(`/api/v1/needs/${needId}/bids`)
        .set(auth(reza))
        .send(bidPayload({ price: { amount: '12.40', currency: 'EUR' }, proposal: 'تولید تبریز' }))
        .expect(201);

      // ── The owner (fa, 360 px) amends: the form shows what will change and asks why. ──
      const o = owner.page;
      await signIn(ctx, owner, maker);
      await o.goto(`${ctx.url}/needs/${needId}/edit`);
      await o.getByRole('heading', { name: 'ویرایش نیاز' }).waitFor();
      await o.getByLabel('مقدار سالانه').fill('۶۰۰۰');
      const preview = o.getByRole('list', { name: 'آنچه این اصلاحیه تغییر می‌دهد' });
      await preview.waitFor();
      expect(await preview.textContent()).toContain('مقدار سالانه');
      expect(await preview.locator('del').textContent()).toContain('۵٬۰۰۰');
      expect(await preview.locator('ins').textContent()).toContain('۶٬۰۰۰');
      // Without a rationale the API refuses, naming the field: worded here from its code.
      await o.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click();
      const rationaleError = o.locator('.field--error .error');
      await rationaleError.waitFor();
      expect(await rationaleError.textContent()).toBe('لازم است.');
      await owner.shot('amend-needs-rationale');
      const unchanged = await request(ctx.url).get(`/api/v1/needs/${needId}`).expect(200);
      expect(unchanged.body.quantityPerYear).toBe(5000);
      expect(unchanged.body.amendmentCount).toBe(0);
      await o
        .getByLabel('دلیل تغییر شرایط (اصلاحیه)')
        .fill('برنامهٔ تولید سال آینده ۲۰٪ افزایش یافته است.');
      await owner.shot('amend-preview');
      await o.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click();
      await o.getByText('ذخیره شد.').waitFor();
      await o.getByText('شرایط پس از انتشار یک بار اصلاح شده است.').waitFor();
      await o.getByRole('button', { name: 'ببینید چه تغییر کرد' }).click();
      const amendments = o.getByRole('tabpanel');
      await amendments.getByText('اصلاحیهٔ ۱').waitFor();
      await amendments.getByText('برنامهٔ تولید سال آینده ۲۰٪ افزایش یافته است.').waitFor();
      expect(await o.getByRole('tab', { selected: true }).textContent()).toBe('اصلاحیه‌ها (۱)');
      await owner.shot('amendments');

      // ── The Turkish supplier sees the notice on her bids and on the need, and re-confirms. ──
      const t = turk.page;
      await signIn(ctx, turk, ayse);
      await t.goto(`${ctx.url}/bids`);
      await t.getByRole('heading', { name: 'Teklifinizi yeniden onaylayın' }).waitFor();
      await t.getByText('yeniden onay bekliyor').waitFor();
      await turk.shot('bids-reconfirm');
      await t.getByRole('link', { name: 'Yeniden onaylamak için ihtiyacı aç' }).click();
      const notice = t.getByRole('region', { name: 'Teklifinizi yeniden onaylayın' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('tarihinden önce');
      await t.getByRole('button', { name: 'Neyin değiştiğini görün' }).click();
      const changes = t.getByRole('list', { name: '1. değişikliğin içeriği' });
      await changes.getByText('Yıllık miktar').waitFor();
      expect(await changes.locator('ins').textContent()).toContain('6.000');
      await turk.shot('need-reconfirm');
      await notice.getByRole('button', { name: 'Teklifimi olduğu gibi onayla' }).click();
      await t.getByText('Teklifiniz değişen şartlara göre yeniden onaylandı.').waitFor();
      await notice.waitFor({ state: 'detached' });
      const confirmed = await request(ctx.url)
        .get(`/api/v1/bids/${ayseBid.body.id as string}`)
        .set(auth(ayse))
        .expect(200);
      expect(confirmed.body.confirmationRequired).toBe(false);

      // She asks a question before the cutoff; the page says when questions close.
      await t.getByRole('tab', { name: /^Sorular/ }).click();
      await t.getByText(/tarihine kadar soru sorabilir/).waitFor();
      await t.getByLabel('Sorunuz').fill('52100 yerine 100Cr6 çeliği kabul edilir mi?');
      await t.getByRole('button', { name: 'Sor', exact: true }).click();
      await t.getByText('Sorunuz gönderildi.', { exact: false }).waitFor();
      await t.getByText('52100 yerine 100Cr6 çeliği kabul edilir mi?').waitFor();
      await t.getByText('Henüz yanıtlanmadı.').waitFor();
      await turk.shot('question-asked');

      // Reza re-confirms through the API; John (below) never does.
      await request(ctx.url)
        .post(`/api/v1/bids/${rezaBid.body.id as string}/confirm`)
        .set(auth(reza))
        .send({})
        .expect(200);

      // ── The owner answers in the open; she never learns who asked. ──
      await o.reload();
      await o.getByRole('tab', { name: /^پرسش‌ها/ }).click();
      await o.getByText('52100 yerine 100Cr6 çeliği kabul edilir mi?').waitFor();
      expect(await o.content()).not.toContain('Erzurum');
      expect(await o.content()).not.toContain('Ayşe');
      await o.getByLabel('پاسخ شما').fill('بله، فولاد 100Cr6 هم پذیرفته است.');
      await owner.shot('answer-form');
      await o.getByRole('button', { name: 'پاسخ دهید' }).click();
      await o.getByText('بله، فولاد 100Cr6 هم پذیرفته است.').waitFor();
      await owner.shot('answered');

      // The answer appears for the supplier.
      await t.reload();
      await t.getByRole('tab', { name: /^Sorular/ }).click();
      await t.getByText('بله، فولاد 100Cr6 هم پذیرفته است.').waitFor();
      await turk.shot('answer-read');

      // ── The English supplier (360 px) is told too, but lets it lapse. ──
      const e = late.page;
      await signIn(ctx, late, john);
      await e.goto(`${ctx.url}/bids`);
      await e.getByRole('heading', { name: 'Re-confirm your bid' }).waitFor();
      await late.shot('bids-reconfirm');

      // ── The deadline passes (moved in the database); the worker's sweep opens the bids. ──
      await ctx.app
        .get(DataSource)
        .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
          needId,
        ]);
      await waitFor(
        async () => {
          const res = await request(ctx.url).get(`/api/v1/needs/${needId}`);
          return res.body.status === 'evaluating' || undefined;
        },
        { what: 'the opening', timeoutMs: 40_000 },
      );

      // The owner sees the opening (two opened, one lapsed) and the bids as cards.
      await o.reload();
      const opening = o.locator('.opening').first();
      await opening.waitFor();
      expect(await opening.textContent()).toContain('گشایش پیشنهادها');
      expect(await opening.textContent()).toContain('۲ پیشنهاد گشوده شد');
      expect(await opening.textContent()).toContain('۱ پیشنهاد از اعتبار افتاد');
      // Bids in different currencies are not ranked against each other: a group per currency.
      const title = 'مقایسهٔ پیشنهادها در کنار هم';
      const tryGroup = o.getByRole('list', { name: `${title} — پیشنهادهای TRY` });
      const eurGroup = o.getByRole('list', { name: `${title} — پیشنهادهای EUR` });
      await tryGroup.getByText('Erzurum Rulman Sanayi').waitFor();
      await eurGroup.getByText('بلبرینگ سازان تبریز').waitFor();
      expect(await o.content()).not.toContain('Carter');
      // The total is the unit price × the bid's quantity (420 TRY × 5000).
      expect(await tryGroup.textContent()).toContain('۲٬۱۰۰٬۰۰۰');
      await owner.shot('opening-groups');
      // Converted into euros on request: ranked together, with the rate, its date and its
      // source, and scored by the need's award criteria.
      await o.getByLabel('مقایسه به ارز').selectOption('EUR');
      const cards = o.getByRole('list', { name: title, exact: true });
      const ayseCard = cards.getByRole('listitem').filter({ hasText: 'Erzurum Rulman Sanayi' });
      await ayseCard.getByText('رتبهٔ ۱').waitFor();
      expect(await ayseCard.textContent()).toContain('۱ TRY =');
      expect(await ayseCard.textContent()).toContain('منبع: TCMB');
      expect(await ayseCard.textContent()).toContain('امتیاز قیمت (وزن ۶۰)');
      expect(await ayseCard.textContent()).toMatch(/[۰-۹]+ از ۱۰۰/);
      const rezaCard = cards.getByRole('listitem').filter({ hasText: 'بلبرینگ سازان تبریز' });
      expect(await rezaCard.textContent()).toContain('رتبهٔ ۲');
      await owner.shot('opening-cards');
      // On a wide screen the same bids side by side in a table.
      await o.setViewportSize({ width: 1100, height: 800 });
      const table = o.getByRole('table', { name: title, exact: true });
      await table.waitFor();
      await owner.shot('opening-table');
      // Everything converted into another currency on request (here the Turkish lira).
      await o.getByLabel('مقایسه به ارز').selectOption('TRY');
      await table.getByText('جمع به TRY').waitFor();
      expect(await table.textContent()).toContain('منبع: TCMB');
      await o.setViewportSize({ width: 360, height: 740 });

      // She awards the Turkish bid.
      await cards
        .getByRole('button', { name: 'انتخاب Erzurum Rulman Sanayi به‌عنوان برنده' })
        .click();
      await o.getByRole('button', { name: 'بله، برنده شود' }).click();
      await o.locator('.need .badge', { hasText: 'واگذارشده' }).waitFor();
      await owner.shot('awarded');

      // The record: every event in order, and the chain verifies.
      await o.getByRole('tab', { name: 'سابقه' }).click();
      await o.getByText(/زنجیره تأیید شد/).waitFor();
      const timeline = o.locator('.timeline');
      expect(await timeline.textContent()).toContain('شرایط اصلاح شد');
      expect(await timeline.textContent()).toContain('گشایش پیشنهادها');
      expect(await timeline.textContent()).toContain('پیشنهاد برنده شد');
      await owner.shot('record-verified');
      const verdict = await request(ctx.url)
        .get(`/api/v1/needs/${needId}/audit/verify`)
        .set(auth(maker))
        .expect(200);
      expect(verdict.body.ok).toBe(true);

      // The Turkish winner sees the opening and her own verified record.
      await t.reload();
      await t.getByText('Teklifler açıldı').first().waitFor();
      await t.locator('.need .badge', { hasText: 'İhale verildi' }).waitFor();
      await t.getByRole('tab', { name: 'Kayıt' }).click();
      await t.getByText(/Zincir doğrulandı/).waitFor();
      await turk.shot('record-verified');

      // The English supplier's bid lapsed: kept, marked, never opened.
      await e.reload();
      await e.getByText('Lapsed', { exact: true }).waitFor();
      await e.getByText('Not re-confirmed after an amendment: not opened.').waitFor();
      await late.shot('bids-lapsed');
      await e.getByRole('link', { name: 'Open the need', exact: true }).click();
      await e.getByText(/Your bid lapsed/).waitFor();
      await late.shot('need-lapsed');

      // To run it again the owner reposts: a new draft with the same terms; the original
      // stays as it was and its record says so.
      await o.getByRole('button', { name: 'انتشار دوباره به‌صورت پیش‌نویس تازه' }).click();
      await o.getByRole('button', { name: 'بله، دوباره منتشر شود' }).click();
      await o.getByText('پیش‌نویس تازه‌ای از این نیاز ساخته شد.', { exact: false }).waitFor();
      await o.locator('.need .badge', { hasText: 'پیش‌نویس' }).waitFor();
      const draftId = o.url().split('/needs/')[1];
      expect(draftId).not.toBe(needId);
      const draft = await request(ctx.url).get(`/api/v1/needs/${draftId}`).set(auth(maker));
      expect(draft.body.status).toBe('draft');
      expect(draft.body.quantityPerYear).toBe(6000);
      await owner.shot('reposted-draft');
      const record = await request(ctx.url)
        .get(`/api/v1/needs/${needId}/audit`)
        .set(auth(maker))
        .expect(200);
      expect(record.body.items.map((x: { type: string }) => x.type)).toContain('repost');

      // A row edited behind the application's back (here: the amendment's rationale) breaks
      // the chain, and the record names the first broken entry.
      await ctx.app
        .get(DataSource)
        .query(
          `UPDATE need_audit_entry SET data = jsonb_set(data, '{rationale}', '"forged"') WHERE "needId" = $1 AND type = 'amend'`,
          [needId],
        );
      await o.goto(`${ctx.url}/needs/${needId}`);
      await o.getByRole('tab', { name: 'سابقه' }).click();
      const broken = o.getByRole('alert').filter({ hasText: 'زنجیره شکسته است' });
      await broken.waitFor();
      expect(await broken.textContent()).toContain('رویداد شمارهٔ ۳');
      await owner.shot('record-broken');
    }
  }, 300_000);
});
