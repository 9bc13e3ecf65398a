import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createExhibition, openNeed, publishExhibition } from '../support/exhibitions';
import { participate, settingsPayload } from '../support/meetings';
import { person, type Person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

/**
 * Journey 4, meetings at a fair (issue 19), on phones (360 px): the Persian manufacturer
 * imports needs from a spreadsheet with a preview; the organiser (en) invites by e-mail; the
 * Turkish supplier asks for a meeting from the manufacturer's need page; the manufacturer accepts; the organiser schedules all
 * and publishes; the supplier downloads the agenda.
 */
describe('browser journey 4: meetings at a fair (fa, tr, en; 360 px)', () => {
  const stack = useJourneyStack();

  async function account(kinds: string[], name: string, country: string) {
    const res = await request(stack.ctx.url)
      .post('/api/v1/auth/register')
      .send({
        email: `m${Date.now()}${Math.random().toString(16).slice(2, 6)}@fair.test`,
        password: 'correct horse battery',
        name,
        organization: { name, kinds, country, province: country === 'TR' ? 'Erzurum' : 'Qom' },
      })
      .expect(201);
    return {
      token: res.body.accessToken as string,
      refresh: res.body.refreshToken as string,
      userId: res.body.user.id as string,
      organizationId: res.body.organization.id as string,
      email: '',
    };
  }
  type Account = Awaited<ReturnType<typeof account>>;

  async function signedIn(who: Person, a: Account) {
    await who.page.goto(`${stack.ctx.url}/`);
    const session = JSON.stringify({ accessToken: a.token, refreshToken: a.refresh });
    await who.page.evaluate(`localStorage.setItem('niaz.session', ${JSON.stringify(session)})`);
  }

  it('imports, invites, requests, accepts, schedules, publishes and downloads', async () => {
    const { ctx, browser } = stack;
    const organiser = await account(['organiser'], 'Qom Chamber', 'IR');
    const maker = await account(['manufacturer'], 'پمپ‌سازی قم', 'IR');
    const supplier = await account(['supplier'], 'Erzurum Rulman Sanayi', 'TR');
    const exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    await request(ctx.url)
      .put(`/api/v1/exhibitions/${exhibitionId}/meeting-settings`)
      .set({ authorization: `Bearer ${organiser.token}` })
      .send(settingsPayload())
      .expect(200);
    await participate(ctx, exhibitionId, maker, organiser);
    await participate(ctx, exhibitionId, supplier, organiser);

    // 1. The Persian manufacturer imports needs: a bad file first, then the fixed one.
    const fa = await person(browser, 'journey-4-meetings-fa', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 780,
    });
    await walk(fa, 'journey 4 (fa import)', async () => {
      await signedIn(fa, maker);
      const deadline = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
      const sheet = async (hs: string) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('نیازها');
        ws.addRow(['عنوان', 'کد HS', 'مقدار سالانه', 'مهلت پیشنهاد', 'کشور']);
        ws.addRow(['پوستهٔ پمپ چدنی', '۸۴۱۳۹۱', '۱۲۰۰', deadline, 'IR']);
        ws.addRow(['بلبرینگ ۶۲۰۴', hs, '۵٬۰۰۰', deadline, 'IR']);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      await fa.page.goto(`${ctx.url}/needs/import`);
      await fa.page.getByRole('heading', { name: 'ورود نیازها از صفحه‌گسترده' }).waitFor();
      await fa.page.getByLabel('فایل XLSX یا CSV').setInputFiles({
        name: 'needs.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await sheet('848211'),
      });
      await fa.page.getByRole('button', { name: 'بررسی فایل' }).click();
      await fa.page.getByText('سرفصل یا زیرسرفصل HS ۲۰۲۲ نیست').waitFor();
      await fa.shot('import-preview-errors');
      await fa.page.getByLabel('فایل XLSX یا CSV').setInputFiles({
        name: 'needs.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await sheet('848210'),
      });
      await fa.page.getByRole('button', { name: 'بررسی فایل' }).click();
      const confirm = fa.page.getByRole('button', { name: /ورود ۲ نیاز/ });
      await confirm.waitFor();
      await fa.shot('import-preview-good');
      await confirm.click();
      await fa.page.getByText('۲ نیاز به‌صورت پیش‌نویس ذخیره شد.').waitFor();
      await fa.shot('import-done');
      // It lets the organisers import more on its behalf.
      await fa.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await fa.page
        .getByRole('button', { name: 'اجازه به برگزارکنندگان برای ورود نیازهای ما' })
        .click();
      await fa.page.getByRole('button', { name: 'پس گرفتن اجازهٔ ورود نیازها' }).waitFor();
      await fa.shot('consent-given');
    });

    // 2. The organiser (en) invites a company by e-mail.
    const en = await person(browser, 'journey-4-meetings-en', {
      locale: 'en-GB',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 780,
    });
    await walk(en, 'journey 4 (en import, invite)', async () => {
      await signedIn(en, organiser);
      await en.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await en.page.getByRole('heading', { name: 'Business meetings', level: 1 }).waitFor();
      // The organiser imports needs for the consenting manufacturer: a Turkish-Excel CSV
      // (semicolons, BOM) with a malformed amount first, then the fixed file.
      await en.page.getByRole('link', { name: 'Import needs for them' }).click();
      await en.page.getByRole('heading', { name: 'Import needs from a spreadsheet' }).waitFor();
      const deadline = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
      const csv = (amount: string) =>
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(
            'title;hsCodes;annualImportValue;currency;bidDeadline;country\r\n' +
              `Cast iron valve bodies;848180;${amount};EUR;${deadline};IR\r\n`,
          ),
        ]);
      const input = en.page.getByLabel('XLSX or CSV file');
      await input.setInputFiles({ name: 'needs.csv', mimeType: 'text/csv', buffer: csv('12,5,0') });
      await en.page.getByRole('button', { name: 'Check the file' }).click();
      await en.page.getByText('Annual import value: not a number as expected.').waitFor();
      await en.shot('organiser-import-errors');
      await input.setInputFiles({
        name: 'needs.csv',
        mimeType: 'text/csv',
        buffer: csv('1.250.000,50'),
      });
      await en.page.getByRole('button', { name: 'Check the file' }).click();
      await en.page.getByRole('button', { name: 'Import 1 need as a draft' }).click();
      await en.page.getByText('1 need saved as a draft.').waitFor();
      await en.shot('organiser-import-done');
      await en.page.getByRole('link', { name: 'Back to the meetings' }).click();
      await en.page.getByRole('heading', { name: 'Business meetings', level: 1 }).waitFor();
      await en.page.getByLabel('Invite companies by e-mail').fill('info@tabriz-valves.test');
      await en.page.getByRole('button', { name: 'Send invitations' }).click();
      await en.page.getByText('1 invitation sent.').waitFor();
      await en.shot('organiser-invited');
      // Then from the chamber's XLSX list of firms: the addresses are read in the browser.
      const firms = new ExcelJS.Workbook();
      const sheet = firms.addWorksheet('firms');
      sheet.addRow(['Firm', 'E-mail', 'Phone']);
      sheet.addRow(['Ardabil Casting', 'Sales@Ardabil-Casting.test', '+98 45']);
      sheet.addRow(['Kars Makina', 'info@kars-makina.test', '+90 474']);
      await en.page.getByLabel('Or choose a list (CSV or XLSX)').setInputFiles({
        name: 'firms.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await firms.xlsx.writeBuffer()),
      });
      await en.page.getByText('2 addresses found in the file.').waitFor();
      await en.page.getByRole('button', { name: 'Send invitations' }).click();
      await en.page.getByText('2 invitations sent.').waitFor();
      await en.shot('organiser-invited-from-list');
    });

    // 2b. An invited company with no account opens the e-mail's link (tr), signs up and joins.
    // (The mail itself is read in test/meetings-invitations.e2e-spec.ts; here the link's token
    // is planted, stored hashed as the API stores it.)
    const token = `journey4-${Date.now()}-invitation-token`;
    await ctx.app.get(DataSource).query(
      `INSERT INTO meeting_invitation ("exhibitionId", email, language, "tokenHash", "invitedById", "expiresAt")
       VALUES ($1, 'info@tabriz-valves.test', 'tr', $2, $3, now() + interval '14 days')`,
      [exhibitionId, createHash('sha256').update(token).digest('hex'), organiser.userId],
    );
    const newcomer = await person(browser, 'journey-4-meetings-tr-join', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 360,
      height: 780,
    });
    await walk(newcomer, 'journey 4 (tr sign up by invitation)', async () => {
      const { page } = newcomer;
      await page.goto(`${ctx.url}/meetings/join?token=${token}`);
      await page.getByRole('heading', { name: /görüşmeleri$/ }).waitFor();
      await newcomer.shot('invitation');
      await page.getByRole('link', { name: 'Kaydol ve katıl' }).click();
      await page.getByRole('heading', { name: 'Hesabınızı oluşturun' }).waitFor();
      await page.getByRole('checkbox', { name: /Tedarikçi/ }).check();
      await page.getByLabel('Adınız').fill('Mehmet Demir');
      await page.getByLabel('Kuruluş adı').fill('Tebriz Vana Sanayi');
      await page.getByLabel('İl', { exact: true }).fill('Erzurum');
      await page.getByLabel('E-posta').fill(`mehmet${Date.now()}@vana.test`);
      await page.getByLabel('Parola').fill('correct horse battery');
      await page.getByRole('button', { name: 'Hesap oluştur' }).click();
      await page.getByRole('button', { name: 'Tebriz Vana Sanayi ile katıl' }).click();
      await page.getByRole('heading', { name: 'İş görüşmeleri', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Katılımcılar' }).waitFor();
      await newcomer.shot('joined');
    });

    // 3. The Turkish supplier asks the manufacturer for a meeting.
    const tr = await person(browser, 'journey-4-meetings-tr', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 360,
      height: 780,
    });
    // From the manufacturer's need page (a match for the supplier): both take part in the
    // fair's meetings, so the page offers "request a meeting" there.
    const needId = await openNeed(ctx, maker);
    await walk(tr, 'journey 4 (tr request)', async () => {
      await signedIn(tr, supplier);
      await tr.page.goto(`${ctx.url}/needs/${needId}`);
      await tr.page.getByRole('button', { name: 'پمپ‌سازی قم ile görüşme iste' }).click();
      await tr.page.getByLabel('Mesaj (görüşme konusu)').fill('6204 rulman için görüşelim.');
      await tr.page.getByRole('button', { name: 'İsteği gönder' }).click();
      await tr.page.getByText('Görüşme isteği gönderildi.').waitFor();
      await tr.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await tr.page.getByRole('heading', { name: 'İş görüşmeleri', level: 1 }).waitFor();
      await tr.page.getByText('yanıt bekliyor').waitFor();
      await tr.shot('supplier-requested');
    });

    // 4. The manufacturer accepts (fa).
    const fa2 = await person(browser, 'journey-4-meetings-fa-accept', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 780,
    });
    await walk(fa2, 'journey 4 (fa accept)', async () => {
      await signedIn(fa2, maker);
      await fa2.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await fa2.page.getByRole('button', { name: 'پذیرفتن' }).click();
      await fa2.page.getByText('پذیرفته شد').first().waitFor();
      await fa2.shot('maker-accepted');
    });

    // 5. The organiser schedules all and publishes (en).
    const en2 = await person(browser, 'journey-4-meetings-en-schedule', {
      locale: 'en-GB',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 780,
    });
    await walk(en2, 'journey 4 (en schedule)', async () => {
      await signedIn(en2, organiser);
      await en2.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await en2.page.getByRole('button', { name: 'Schedule all' }).click();
      await en2.page.getByText(/1 meeting placed, 0 not placed/).waitFor();
      await en2.page.getByRole('button', { name: 'Publish the schedule' }).click();
      await en2.page.getByText(/^Published /).waitFor();
      await en2.shot('organiser-published');
    });

    // 6. The supplier downloads the agenda (tr).
    const tr2 = await person(browser, 'journey-4-meetings-tr-agenda', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 360,
      height: 780,
    });
    await walk(tr2, 'journey 4 (tr agenda)', async () => {
      await signedIn(tr2, supplier);
      await tr2.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await tr2.page.getByRole('heading', { name: 'Programım' }).waitFor();
      const [download] = await Promise.all([
        tr2.page.waitForEvent('download'),
        tr2.page.getByRole('button', { name: 'Takvimi indir (.ics)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('agenda.ics');
      const path = await download.path();
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/BEGIN:VEVENT/);
      await tr2.shot('supplier-agenda');
    });

    // 7. The manufacturer downloads its agenda too (fa): the same meeting, as a PDF.
    const fa3 = await person(browser, 'journey-4-meetings-fa-agenda', {
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
      width: 360,
      height: 780,
    });
    await walk(fa3, 'journey 4 (fa agenda)', async () => {
      await signedIn(fa3, maker);
      await fa3.page.goto(`${ctx.url}/exhibitions/${exhibitionId}/meetings`);
      await fa3.page.getByRole('heading', { name: 'برنامهٔ من' }).waitFor();
      const [download] = await Promise.all([
        fa3.page.waitForEvent('download'),
        fa3.page.getByRole('button', { name: 'دریافت برنامه (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await fa3.shot('maker-agenda');
    });
  }, 300_000);
});
