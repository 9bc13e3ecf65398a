import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@niaz/testing';
import { bearer, bidPayload, needPayload, register } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

const DRAWING = Buffer.concat([
  Buffer.from('%PDF-1.7\n% drawing of bearing 6204, sheet 1\n'),
  Buffer.alloc(180_000, 0x20),
  Buffer.from('%%EOF'),
]);
const CERTIFICATE = Buffer.concat([
  Buffer.from('%PDF-1.7\n% ISO 9001 certificate\n'),
  Buffer.alloc(40_000, 0x20),
  Buffer.from('%%EOF'),
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function signIn(page: Page, base: string, email: string, labels: [string, string, string]) {
  const [emailLabel, passwordLabel, button] = labels;
  await page.goto(`${base}/signin`);
  await page.getByLabel(emailLabel).fill(email);
  await page.getByLabel(passwordLabel).fill('correct horse battery');
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

const fileInput = (page: Page, section: string) =>
  page.getByRole('region', { name: section }).locator('input[type=file]');

/**
 * Journey 4, documents, at 360 px in three languages: a manufacturer (fa) uploads a
 * confidential drawing to a published need (an amendment with its reason) and is refused a
 * program and a file whose bytes lie; a supplier (tr) sees the NDA gate, accepts the NDA and
 * downloads the drawing, bids and attaches a certificate that stays sealed from the owner
 * until the deadline; a visitor (en) reads the organisation's certificates and the open data.
 */
describe('browser journey 4: drawings behind the NDA, sealed bid files (fa/tr/en, 360 px)', () => {
  const stack = useJourneyStack();

  it('uploads a drawing behind the NDA, downloads it after the NDA, seals a bid file', async () => {
    const { ctx, browser } = stack;
    const owner = await register(ctx, ['manufacturer'], { name: 'مریم احمدی' });
    const supplierActor = await register(ctx, ['supplier'], { country: 'TR', name: 'Ayşe' });
    const needId = (
      await request(ctx.url)
        .post('/api/v1/needs')
        .set(bearer(owner))
        .send(needPayload())
        .expect(201)
    ).body.id as string;
    await request(ctx.url).post(`/api/v1/needs/${needId}/publish`).set(bearer(owner)).expect(200);

    const maker = await person(browser, 'journey-4-documents-fa', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 740,
    });
    const supplier = await person(browser, 'journey-4-documents-tr', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 360,
      height: 740,
    });
    const visitor = await person(browser, 'journey-4-documents-en', {
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      width: 360,
      height: 740,
    });

    let drawingId = '';
    await walk(maker, 'journey 4 (owner uploads)', async () => {
      const { page, shot } = maker;
      await signIn(page, ctx.url, owner.email, ['رایانامه', 'گذرواژه', 'ورود']);
      await page.goto(`${ctx.url}/needs/${needId}`);
      const files = page.getByRole('region', { name: 'نقشه‌ها و مدارک' });
      await files.getByText('هنوز پرونده‌ای نیست.').waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

      // A program is refused before a byte leaves, in Persian.
      await fileInput(page, 'نقشه‌ها و مدارک').setInputFiles({
        name: 'setup.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('MZ\x90\0'),
      });
      // Published: the reason comes first.
      await files.getByText('بنویسید چرا پرونده‌ها تغییر می‌کنند').waitFor();
      await files.getByLabel('دلیل تغییر').fill('افزودن نقشهٔ فنی برگ ۱');
      await fileInput(page, 'نقشه‌ها و مدارک').setInputFiles({
        name: 'setup.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('MZ\x90\0'),
      });
      await files
        .getByRole('alert')
        .getByText('فقط پرونده‌های PDF، PNG، JPEG، DXF، DWG، STEP/STP و ZIP پذیرفته می‌شوند.')
        .waitFor();
      // A PDF name on other bytes: the server reads them and refuses, in Persian.
      await fileInput(page, 'نقشه‌ها و مدارک').setInputFiles({
        name: 'نقشه.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('MZ\x90\0 not a drawing at all'),
      });
      await files.getByText('محتوای پرونده از نوع‌های پذیرفته نیست.').waitFor();
      await shot('refused-files');
      for (const dismiss of await files.getByRole('button', { name: 'بستن' }).all())
        await dismiss.click().catch(() => undefined);

      // The drawing, confidential, with a progress bar on its way.
      await files.getByLabel(/محرمانه: فقط برای تأمین‌کنندگانی/).check();
      await fileInput(page, 'نقشه‌ها و مدارک').setInputFiles({
        name: 'نقشه بلبرینگ ۶۲۰۴.pdf',
        mimeType: 'application/pdf',
        buffer: DRAWING,
      });
      await files.getByText('نقشه بلبرینگ ۶۲۰۴.pdf').waitFor();
      expect(await files.locator('.mark--confidential').textContent()).toContain('محرمانه');
      const listed = await request(ctx.url)
        .get(`/api/v1/attachments?targetType=need&targetId=${needId}`)
        .set(bearer(owner))
        .expect(200);
      expect(listed.body.items).toHaveLength(1);
      expect(listed.body.items[0]).toMatchObject({ confidential: true, kind: 'pdf' });
      drawingId = listed.body.items[0].id;
      // The worker's SHA-256 shows after a reload.
      await waitFor(
        async () =>
          (
            await request(ctx.url)
              .get(`/api/v1/attachments?targetType=need&targetId=${needId}`)
              .set(bearer(owner))
          ).body.items[0].checksum,
        { what: 'the checksum' },
      );
      await page.reload();
      await files.locator(`code[title="${sha256(DRAWING)}"]`).waitFor();
      // Its size in Persian digits.
      expect(await files.locator('.file__meta').first().textContent()).toMatch(/[۰-۹]/);
      await shot('drawing-uploaded');
      // The change is an amendment in the need's record.
      const record = await request(ctx.url)
        .get(`/api/v1/needs/${needId}/audit`)
        .set(bearer(owner))
        .expect(200);
      expect(record.body.items.map((e: { type: string }) => e.type)).toContain('amend');
    });

    await walk(supplier, 'journey 4 (supplier downloads and bids)', async () => {
      const { page, shot } = supplier;
      await signIn(page, ctx.url, supplierActor.email, ['E-posta', 'Parola', 'Giriş yap']);
      await page.goto(`${ctx.url}/needs/${needId}`);
      const files = page.getByRole('region', { name: 'Çizimler ve belgeler' });
      // Before the NDA: the drawing is not even listed; the gate says why.
      await files.getByText(/Gizli çizimler yalnızca/).waitFor();
      expect(await files.textContent()).not.toContain('نقشه بلبرینگ');
      await shot('nda-gate');
      // A direct download without the NDA is refused by the api.
      await request(ctx.url)
        .get(`/api/v1/attachments/${drawingId}/download`)
        .set(bearer(supplierActor))
        .expect(403);

      await page.getByLabel('Bu ayrıntıları gizli tutmayı kabul ediyorum').check();
      await page
        .getByRole('button', { name: 'Gizlilik sözleşmesini kabul et ve ayrıntıları göster' })
        .click();
      const row = files.locator('.file', { hasText: 'نقشه بلبرینگ' });
      await row.waitFor();
      expect(await row.locator('.mark--confidential').textContent()).toContain('gizli');
      await shot('nda-accepted');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: /İndir/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('نقشه بلبرینگ ۶۲۰۴.pdf');
      const saved = await download.path();
      expect(sha256(readFileSync(saved))).toBe(sha256(DRAWING));

      // A bid (through the API), then its certificate through the page: sealed.
      const bidId = (
        await request(ctx.url)
          .post(`/api/v1/needs/${needId}/bids`)
          .set(bearer(supplierActor))
          .send(bidPayload())
          .expect(201)
      ).body.id as string;
      await page.reload();
      const bidFiles = page.getByRole('region', { name: 'Teklifinizin dosyaları' });
      await bidFiles.getByText(/ihtiyaç sahibi dahil kimse/).waitFor();
      // Too large for the limit: refused in Turkish before sending.
      await fileInput(page, 'Teklifinizin dosyaları').setInputFiles({
        name: 'katalog.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(26 * 1024 * 1024, 0x25),
      });
      await bidFiles.getByText('Bir dosya en fazla 25 MB olabilir.').waitFor();
      await fileInput(page, 'Teklifinizin dosyaları').setInputFiles({
        name: 'ISO-9001.pdf',
        mimeType: 'application/pdf',
        buffer: CERTIFICATE,
      });
      const cert = bidFiles.locator('.file', { hasText: 'ISO-9001.pdf' });
      await cert.waitFor();
      await cert.getByText('açılışa kadar mühürlü').waitFor();
      await shot('bid-file-sealed');

      // The owner cannot open it, nor learn it exists, before the deadline.
      await request(ctx.url)
        .get(`/api/v1/attachments?targetType=bid&targetId=${bidId}`)
        .set(bearer(owner))
        .expect(404);

      // Her organisation's certificate, on its page (reached from the settings).
      await page.goto(`${ctx.url}/settings`);
      await page.getByRole('link', { name: /Org / }).first().click();
      const certs = page.getByRole('region', { name: 'Sertifikalar ve kataloglar' });
      await certs.getByText('Henüz dosya yok.').waitFor();
      await fileInput(page, 'Sertifikalar ve kataloglar').setInputFiles({
        name: 'ISO-9001-2015.pdf',
        mimeType: 'application/pdf',
        buffer: CERTIFICATE,
      });
      await certs.getByText('ISO-9001-2015.pdf').waitFor();
      await shot('organisation-certificates');
    });

    await walk(visitor, 'journey 4 (visitor reads)', async () => {
      const { page, shot } = visitor;
      // A public need: the open data link, the public files only, the gate for the rest.
      await page.goto(`${ctx.url}/needs/${needId}`);
      const link = page.getByRole('link', { name: 'Open data (OCDS record, JSON)' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/api/v1/needs/${needId}/ocds`);
      const files = page.getByRole('region', { name: 'Drawings and documents' });
      await files.getByText(/shown only to suppliers who accept the NDA/).waitFor();
      expect(await files.textContent()).not.toContain('نقشه بلبرینگ');
      await shot('public-need');
      const record = await request(ctx.url).get(`/api/v1/needs/${needId}/ocds`).expect(200);
      expect(JSON.stringify(record.body)).not.toContain('نقشه بلبرینگ');
      expect(record.body.records[0].compiledRelease.tender.amendments).toHaveLength(1);

      await page.goto(`${ctx.url}/organizations/${supplierActor.organizationId}`);
      const certs = page.getByRole('region', { name: 'Certificates and catalogues' });
      await certs.getByText('ISO-9001-2015.pdf').waitFor();
      expect(await certs.locator('input[type=file]').count()).toBe(0);
      await shot('organisation-page');

      await page.getByRole('link', { name: 'Open data (OCDS)' }).click();
      await page.getByRole('heading', { name: 'Open data', level: 1 }).waitFor();
      await shot('open-data');
    });

    // After the deadline the owner opens the bid and its file (a logged download).
    const after = await person(browser, 'journey-4-documents-fa-opened', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 740,
    });
    await walk(after, 'journey 4 (owner after the deadline)', async () => {
      const { page, shot } = after;
      await signIn(page, ctx.url, owner.email, ['رایانامه', 'گذرواژه', 'ورود']);
      await page.goto(`${ctx.url}/needs/${needId}`);
      // Before the deadline: sealed, no file name anywhere on the page.
      await page.getByText(/پیشنهادها تا پایان مهلت/).waitFor();
      expect(await page.content()).not.toContain('ISO-9001.pdf');
      await shot('bids-sealed');
      // The deadline passes (moved into the past rather than waited for).
      await ctx.app
        .get(DataSource)
        .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
          needId,
        ]);
      await page.reload();
      // On a phone the comparison is a list of cards.
      const compare = page.getByRole('list', { name: 'مقایسهٔ پیشنهادها در کنار هم' });
      await compare.waitFor();
      await compare.getByText('ISO-9001.pdf').waitFor();
      await shot('bids-opened-files');
      // The owner's log names who downloaded the confidential drawing.
      const drawing = page.locator('.file', { hasText: 'نقشه بلبرینگ' });
      await drawing.getByRole('button', { name: 'چه کسانی دریافت کردند' }).click();
      await drawing.getByText('Ayşe').waitFor();
      await shot('download-log');
    });
  }, 240_000);
});
