import ExcelJS from 'exceljs';
import {
  addressesInBytes,
  addressesInText,
  batches,
} from '../../apps/web/src/components/address-list';

/** The organiser's list of firms to invite, read in the browser (issue 19 point 7). */
describe('addresses in an uploaded list', () => {
  const bytes = (b: Buffer) =>
    b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

  it('finds each address once in a CSV of any layout, lower-cased', async () => {
    const csv = Buffer.from(
      '\uFEFFfirm;email;phone\nRulman A.Ş.;Info@Rulman.com.tr;+90 442\n' +
        'پمپ‌سازی;"sales@pump.ir, ops@pump.ir";\nDup;info@rulman.com.tr;\nNo mail;—;\n',
    );
    expect(await addressesInBytes(bytes(csv))).toEqual([
      'info@rulman.com.tr',
      'sales@pump.ir',
      'ops@pump.ir',
    ]);
  });

  it('reads Turkish Excel’s Windows-1254 CSV', async () => {
    // "Şirket" in Windows-1254 (0xDE = Ş) is not UTF-8.
    const csv = Buffer.concat([
      Buffer.from([0xde]),
      Buffer.from('irket;e-posta\nX;satis@vana.com.tr\n'),
    ]);
    expect(await addressesInBytes(bytes(csv))).toEqual(['satis@vana.com.tr']);
  });

  it('reads every sheet and cell of an XLSX workbook, hyperlinks included', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('firms');
    a.addRow(['Firm', 'E-mail']);
    a.addRow(['Tabriz Valves', 'info@tabriz-valves.test']);
    a.addRow(['Linked', { text: 'Contact', hyperlink: 'mailto:hello@linked.test' }]);
    wb.addWorksheet('more').addRow(['x', 'Other@Firm.test', 12]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await addressesInBytes(bytes(data))).toEqual([
      'info@tabriz-valves.test',
      'hello@linked.test',
      'other@firm.test',
    ]);
  });

  it('finds nothing where there is no address, and splits into the server’s batches', () => {
    expect(addressesInText('name, phone\nfirm, 0912')).toEqual([]);
    expect(addressesInText('a@b')).toEqual([]);
    const list = Array.from({ length: 250 }, (_, i) => `f${i}@x.test`);
    expect(batches(list).map((b) => b.length)).toEqual([100, 100, 50]);
  });
});
