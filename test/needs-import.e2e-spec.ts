import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import { createExhibition, publishExhibition } from './support/exhibitions';
import { participate } from './support/meetings';
import { openApiChecker } from './support/openapi-responses';

/**
 * Needs from a spreadsheet (issue 19 point 7): XLSX and CSV (UTF-8 with BOM, `;` from Turkish
 * Excel, Windows-1254), Persian digits, a preview naming every refused cell by row and column,
 * and nothing written when any row is refused.
 */
describe('needs import from XLSX/CSV (real services)', () => {
  let ctx: ApiTestContext;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  let maker: Actor;
  let supplier: Actor;
  const future = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
  const futureFa = future.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

  beforeAll(async () => {
    ctx = await startApi();
    check = await openApiChecker(ctx.url);
    maker = await register(ctx, ['manufacturer'], { name: 'سازنده قم' });
    supplier = await register(ctx, ['supplier'], { country: 'TR' });
  });
  afterAll(async () => ctx?.close());

  async function upload(
    who: Actor | undefined,
    data: Buffer,
    filename: string,
    opts: { dryRun?: boolean; lang?: string } = {},
  ) {
    const res = await request(ctx.url)
      .post(`/api/v1/needs/import${opts.dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(who))
      .set('accept-language', opts.lang ?? 'en')
      .attach('file', data, filename);
    check('post', '/api/v1/needs/import', res);
    return res;
  }
  const needCount = async (a: Actor) =>
    Number(
      (
        await ctx.app
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM need WHERE "organizationId" = $1`, [a.organizationId])
      )[0].n,
    );

  async function xlsx(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('needs');
    rows.forEach((r) => sheet.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('previews a good XLSX in Persian (header, digits, dates), writing nothing, then writes every row as a draft', async () => {
    const file = await xlsx([
      [
        'عنوان',
        'کد HS',
        'مقدار سالانه',
        'واحد',
        'ارزش واردات سالانه',
        'ارز',
        'مهلت پیشنهاد',
        'کشور',
        'استان',
      ],
      [
        'بلبرینگ ۶۲۰۴ برای نوار نقاله',
        '۸۴۸۲.۱۰',
        '۵٬۰۰۰',
        'عدد',
        '۲٬۰۰۰٬۰۰۰',
        'eur',
        futureFa,
        'IR',
        'قم',
      ],
      [
        'Konveyör için rulman',
        '8482 8483',
        1200,
        'piece',
        '1.250.000,50',
        'EUR',
        new Date(`${future}T00:00:00Z`),
        'tr',
        'Erzurum',
      ],
    ]);
    const before = await needCount(maker);
    const preview = await upload(maker, file, 'needs.xlsx', { dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 2, created: 0, errors: [] });
    expect(preview.body.preview[0]).toMatchObject({
      row: 2,
      title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
      hsCodes: ['848210'],
      quantityPerYear: 5000,
    });
    // A date alone is 23:59 that day in the need's zone: Tehran (+03:30) and Istanbul (+03:00).
    expect(preview.body.preview[0].bidDeadline).toBe(`${future}T20:29:00Z`);
    expect(preview.body.preview[1].bidDeadline).toBe(`${future}T20:59:00Z`);
    expect(preview.body.preview[1].hsCodes).toEqual(['8482', '8483']);
    expect(await needCount(maker)).toBe(before);

    const done = await upload(maker, file, 'needs.xlsx');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ dryRun: false, rows: 2, created: 2 });
    expect(await needCount(maker)).toBe(before + 2);
    const need = await request(ctx.url)
      .get(`/api/v1/needs/${done.body.needIds[1]}`)
      .set(bearer(maker));
    expect(need.body).toMatchObject({
      status: 'draft',
      title: 'Konveyör için rulman',
      country: 'TR',
      annualImportValue: { amount: '1250000.5000', currency: 'EUR' },
    });
  });

  it('reads a semicolon CSV with a BOM (Turkish Excel) and a Windows-1254 one', async () => {
    const text =
      'Başlık;GTİP;Yıllık miktar;Birim;Teklif son tarihi;Ülke;İl\r\n' +
      `Şanzıman dişlisi, çelik;848340;1500;adet;${future};TR;Erzurum\r\n`;
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const res = await upload(maker, utf8, 'ihtiyaclar.csv', { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.preview[0]).toMatchObject({
      title: 'Şanzıman dişlisi, çelik',
      hsCodes: ['848340'],
      quantityPerYear: 1500,
    });
    // The same file saved as "CSV (noktalı virgülle ayrılmış)": Windows-1254, no BOM.
    const cp1254 = Buffer.from(
      [...text].map(
        (ch) =>
          ({ Ş: 0xde, ş: 0xfe, ı: 0xfd, İ: 0xdd, ğ: 0xf0, Ü: 0xdc, ü: 0xfc })[ch] ??
          ch.charCodeAt(0),
      ),
    );
    const legacy = await upload(maker, cp1254, 'ihtiyaclar.csv', { dryRun: true });
    expect(legacy.body.errors).toEqual([]);
    expect(legacy.body.preview[0].title).toBe('Şanzıman dişlisi, çelik');
  });

  it('refuses a bad file whole, naming row and column, in the caller’s language', async () => {
    const file = await xlsx([
      ['title', 'hsCodes', 'annualImportValue', 'currency', 'bidDeadline', 'country'],
      ['Good row: bearings', '848210', '1000', 'EUR', future, 'IR'],
      ['Unknown HS code', '848211', '1000', 'EUR', future, 'IR'],
      ['Malformed amount', '848210', '12,5,0 ریال', 'EUR', future, 'IR'],
      ['No', '848210', '', '', 'yesterday', 'Iran'],
    ]);
    const before = await needCount(maker);
    const preview = await upload(maker, file, 'bad.xlsx', { dryRun: true, lang: 'fa' });
    expect(preview.status).toBe(200);
    const cells = preview.body.errors.map(
      (e: { row: number; column: string; code: string; cell: string }) =>
        `${e.row}:${e.column}:${e.code}:${e.cell}`,
    );
    expect(cells).toEqual(
      expect.arrayContaining([
        '3:hsCodes:hsCodeUnknown:B3',
        '4:annualImportValue:matches:C4',
        '5:title:minLength:A5',
        '5:bidDeadline:isIso8601:E5',
        '5:country:isISO31661Alpha2:F5',
      ]),
    );
    expect(preview.body.preview.map((r: { row: number }) => r.row)).toEqual([2]);
    const hs = preview.body.errors.find((e: { code: string }) => e.code === 'hsCodeUnknown');
    expect(hs.message).toMatch(/HS/);
    expect(hs.message).toMatch(/نظام هماهنگ‌شده/);

    const commit = await upload(maker, file, 'bad.xlsx');
    expect(commit.status).toBe(400);
    expect(commit.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(commit.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['rows.3.hsCodes', 'rows.4.annualImportValue']),
    );
    expect(await needCount(maker)).toBe(before);
  });

  it('names unknown, duplicate and missing columns on the header row', async () => {
    const csv = Buffer.from(`title,title,colour,bidDeadline\nA need,Another,red,${future}\n`);
    const res = await upload(maker, csv, 'cols.csv', { dryRun: true, lang: 'tr' });
    expect(res.status).toBe(200);
    const got = res.body.errors.map(
      (e: { column: string; code: string }) => `${e.column}:${e.code}`,
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'title:columnDuplicate',
        'colour:columnUnknown',
        'hsCodes:columnMissing',
        'country:columnMissing',
      ]),
    );
    expect(res.body.errors.every((e: { row: number }) => e.row === 1)).toBe(true);
    expect(
      res.body.errors.find((e: { code: string }) => e.code === 'columnUnknown').message,
    ).toMatch(/şablonunda yok/);
  });

  it('refuses no file, an unreadable file, too many rows, and who may not import', async () => {
    const none = await request(ctx.url)
      .post('/api/v1/needs/import?dryRun=true')
      .set(bearer(maker))
      .field('note', 'no file');
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'file', code: 'fileMissing' });
    const broken = await upload(maker, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx', {
      dryRun: true,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].code).toBe('fileUnreadable');
    const many = Buffer.from(
      ['title,hsCodes,bidDeadline,country']
        .concat(Array.from({ length: 1001 }, (_, i) => `Need ${i},848210,${future},IR`))
        .join('\n'),
    );
    const tooMany = await upload(maker, many, 'many.csv', { dryRun: true });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({
      code: 'fileTooManyRows',
      params: { limit: 1000 },
    });
    const good = Buffer.from(`title,hsCodes,bidDeadline,country\nA need,848210,${future},IR\n`);
    expect((await upload(supplier, good, 'n.csv', { dryRun: true })).status).toBe(403);
    expect((await upload(undefined, good, 'n.csv', { dryRun: true })).status).toBe(401);
    const json = await request(ctx.url)
      .post('/api/v1/needs/import')
      .set(bearer(maker))
      .send({ file: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.errors[0].code).toBe('fileMissing');
  });

  it('previews and writes 1,000 rows (the time is measured by the bench, not here)', async () => {
    const rows: unknown[][] = [['title', 'hsCodes', 'quantityPerYear', 'bidDeadline', 'country']];
    for (let i = 0; i < 1000; i++)
      rows.push([`قطعه شماره ${i + 1}`, '848210', i + 1, future, 'IR']);
    const file = await xlsx(rows);
    const preview = await upload(maker, file, 'big.xlsx', { dryRun: true });
    expect(preview.body.errors).toEqual([]);
    const done = await upload(maker, file, 'big.xlsx');
    expect(done.body.created).toBe(1000);
  });
  it('an organiser imports for a participating manufacturer only with its consent', async () => {
    const organiser = await register(ctx, ['organiser']);
    const other = await register(ctx, ['organiser']);
    const exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    const pid = await participate(ctx, exhibitionId, maker, organiser);
    const file = Buffer.from(
      `title,hsCodes,bidDeadline,country\nPump housings,841391,${future},IR\n`,
    );
    const onBehalf = async (who: Actor, dryRun: boolean) => {
      const res = await request(ctx.url)
        .post(
          `/api/v1/exhibitions/${exhibitionId}/participants/${pid}/needs-import${dryRun ? '?dryRun=true' : ''}`,
        )
        .set(bearer(who))
        .attach('file', file, 'needs.csv');
      check('post', '/api/v1/exhibitions/{id}/participants/{pid}/needs-import', res);
      return res;
    };
    // No consent yet.
    const before = await onBehalf(organiser, true);
    expect(before.status).toBe(403);
    expect(before.body.detail).toMatch(/lets the organisers import/);
    // Only the manufacturer's members give it.
    const consent = (who: Actor, value: boolean) =>
      request(ctx.url)
        .put(`/api/v1/exhibitions/${exhibitionId}/participants/${pid}/needs-import-consent`)
        .set(bearer(who))
        .send({ consent: value });
    expect((await consent(organiser, true)).status).toBe(404);
    const given = await consent(maker, true);
    expect(given.status).toBe(200);
    expect(given.body.needsImportConsent).toBe(true);
    check('put', '/api/v1/exhibitions/{id}/participants/{pid}/needs-import-consent', given);
    // Another exhibition's organiser may not.
    expect((await onBehalf(other, true)).status).toBe(403);
    const preview = await onBehalf(organiser, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 1, errors: [] });
    const count = await needCount(maker);
    const done = await onBehalf(organiser, false);
    expect(done.body.created).toBe(1);
    expect(await needCount(maker)).toBe(count + 1);
    // Taken back: refused again.
    await consent(maker, false).expect(200);
    expect((await onBehalf(organiser, true)).status).toBe(403);
  });
});
