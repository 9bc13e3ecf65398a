import type { AppConfig } from '@niaz/core';
import { emailParts } from '../email/email-template';
import { NOTICE_TYPES } from '../notices/notice';
import { en } from './en';
import { fa } from './fa';
import { NoticeRenderer } from './notice-renderer';
import { tr } from './tr';

const real = new NoticeRenderer({ env: { PUBLIC_URL: 'https://niaz.test/' } } as AppConfig);
/** The wording, without the bidi isolates around user text (their own test is below). */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const renderer = {
  render: (...args: Parameters<NoticeRenderer['render']>) => {
    const r = real.render(...args);
    return { ...r, title: plain(r.title), body: plain(r.body) };
  },
  plainText: real.plainText.bind(real),
  t: real.t.bind(real),
};
const needId = '2f1c7a4e-0d7b-4c1e-9a53-7b9f7f1d2c3a';

describe('notice rendering (fa, tr, en)', () => {
  it('has every key in all three languages', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const type of NOTICE_TYPES) {
      expect(en[`${type}.title`]).toBeDefined();
      expect(en[`${type}.body`]).toBeDefined();
    }
  });

  it("words the matcher's reasons in the reader's language", () => {
    const reasons = [
      { code: 'keyword' as const, params: { a: 'rulman', b: 'بلبرینگ' }, text: '' },
      { code: 'keyword' as const, params: { a: 'بلبرینگ', b: 'بلبرینگ' }, text: '' },
      { code: 'province' as const, params: { name: 'Qom' }, text: '' },
      { code: 'capacity' as const, params: { capacity: 200000, quantity: 5000 }, text: '' },
    ];
    const params = { needId, needTitle: 'n', capabilityTitle: 'c', score: 0.5, reasons };
    expect(renderer.render('need.matched', params, 'en').reasons).toEqual([
      'keyword rulman ~ بلبرینگ',
      'keyword بلبرینگ',
      'same province Qom',
      'capacity 200000 ≥ 5000',
    ]);
  });

  it('renders a match with its reasons from code and params, falling back to the text', () => {
    const params = {
      needId,
      needTitle: 'Rulman 6204',
      capabilityTitle: 'بلبرینگ',
      score: 0.87,
      reasons: [
        { code: 'certification', params: { name: 'ISO 9001' }, text: 'has ISO 9001' },
        { code: 'brand_new_code', params: {}, text: 'a reason matching has not told us about' },
      ],
    };
    const fa = renderer.render('need.matched', params, 'fa');
    expect(fa.dir).toBe('rtl');
    expect(fa.body).toBe('«Rulman 6204» با توانمندی «بلبرینگ» شما جور است (امتیاز تطابق ۸۷٪).');
    expect(fa.reasons).toEqual(['دارای ISO 9001', 'a reason matching has not told us about']);
    expect(fa.url).toBe(`https://niaz.test/needs/${needId}`);
    const tr = renderer.render('need.matched', params, 'tr');
    expect(tr.reasons[0]).toBe('ISO 9001 belgesine sahip');
    expect(tr.body).toContain('%87');
    expect(renderer.render('need.matched', params, 'de').language).toBe('en');
  });

  it('says cancelled or closed, with the reason', () => {
    const base = { needId, needTitle: 'Pompa', reason: 'budget moved' };
    expect(renderer.render('need.closed', { ...base, status: 'cancelled' }, 'en')).toMatchObject({
      title: 'Need cancelled: Pompa',
      body: 'The buyer cancelled “Pompa”. Reason: budget moved',
    });
    expect(renderer.render('need.closed', { ...base, status: 'closed' }, 'tr').title).toBe(
      'İhtiyaç kapatıldı: Pompa',
    );
  });

  it('words a reason the server gave as a code in the reader’s language', () => {
    const params = { needId, needTitle: 'Pompa', bidId: needId, reason: null };
    const rejected = { ...params, reasonCode: 'another-bid-awarded' };
    expect(renderer.render('bid.rejected', rejected, 'en').body).toBe(
      'The buyer rejected your bid on “Pompa”. Reason: another bid was awarded.',
    );
    expect(renderer.render('bid.rejected', rejected, 'fa').body).toContain(
      'پیشنهاد دیگری برنده شد',
    );
    expect(renderer.render('bid.rejected', rejected, 'tr').body).toContain(
      'başka bir teklif kazandı',
    );
    expect(renderer.render('bid.rejected', rejected, 'tr').body).not.toContain('Another');
    // A code this version does not know adds nothing rather than a raw code.
    const unknown = renderer.render('bid.rejected', { ...params, reasonCode: 'x-y' }, 'fa').body;
    expect(unknown).not.toContain('x-y');
  });

  it('writes the deadline in the reader’s calendar and zone', () => {
    const params = { needId, needTitle: 'Pompa', bidDeadline: '2027-01-31T20:30:00.000Z' };
    // 31 Jan 2027 20:30 UTC is 1 Feb 00:00 in Tehran: 12 Bahman 1405.
    expect(renderer.render('need.deadline', params, 'fa').body).toContain('۱۲ بهمن ۱۴۰۵');
    expect(renderer.render('need.deadline', params, 'en', 'UTC').body).toContain('31 January 2027');
  });

  it('builds right-to-left HTML e-mail with escaped text', () => {
    const notice = renderer.render(
      'need.invitation',
      { needId, needTitle: '<script>x</script>', buyerName: 'A & B' },
      'fa',
    );
    const mail = emailParts(
      notice.title,
      [notice],
      { open: 'مشاهده', unsubscribe: 'لغو', footer: 'پانویس' },
      'https://niaz.test/u?token=t',
      'rtl',
      'fa',
    );
    expect(mail.html).toContain('<html lang="fa" dir="rtl">');
    expect(mail.html).toContain('direction:rtl');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('A &amp; B');
    expect(mail.text).toContain('لغو: https://niaz.test/u?token=t');
  });

  it('renders the exhibition notices, linking to the exhibition', () => {
    const params = {
      exhibitionId: 'e2f1c7a4-0d7b-4c1e-9a53-7b9f7f1d2c3a',
      exhibitionTitle: 'میز نیاز صنعت قم',
      organiserName: 'اتاق بازرگانی قم',
      city: 'Qom',
      submissionDeadline: '2027-01-10T20:30:00.000Z',
      needId,
      needTitle: 'Pompa',
      reason: 'add the drawings',
    };
    const invitation = renderer.render('exhibition.invitation', params, 'fa');
    expect(invitation.body).toContain('۲۱ دی ۱۴۰۵'); // 11 Jan 2027 00:00 in Tehran
    expect(invitation.url).toBe(`https://niaz.test/exhibitions/${params.exhibitionId}`);
    expect(renderer.render('submission.changes_requested', params, 'en').body).toBe(
      'The organiser of “میز نیاز صنعت قم” asks for changes to “Pompa”. Reason: add the drawings',
    );
  });
  it('words the opening and a lost badge from codes and params in each language', () => {
    const opened = { needId, needTitle: 'Rulman', opened: 3, lapsed: false };
    expect(renderer.render('bid.opened', opened, 'en').body).toContain('Bids competing: 3');
    const lapsed = renderer.render('bid.opened', { ...opened, lapsed: true }, 'tr').body;
    expect(lapsed).toContain('Yarışan teklif sayısı: 3');
    expect(lapsed).toContain('Teklifiniz açılmadı');
    expect(renderer.render('need.opened', { ...opened, opened: 0 }, 'fa').body).toContain(': 0');
    const lost = { organizationId: needId, organizationName: 'Tabriz', fields: ['name', 'kinds'] };
    expect(renderer.render('organization.unverified', lost, 'en').body).toContain(
      'its name and kinds changed',
    );
    expect(renderer.render('organization.unverified', lost, 'fa').body).toContain('نام');
    expect(renderer.render('organization.unverified', lost, 'en').url).toBe(
      `https://niaz.test/organizations/${needId}`,
    );
  });

  it('isolates what people wrote (FSI…PDI in text, <bdi> in HTML) so it keeps its direction', () => {
    const params = { needId, needTitle: 'بلبرینگ ۶۲۰۴', reason: 'Model 6204-2RS.' };
    const n = real.render('need.closed', { ...params, status: 'cancelled' }, 'en');
    expect(n.title).toBe('Need cancelled: \u2068بلبرینگ ۶۲۰۴\u2069');
    expect(n.body).toContain('Reason: \u2068Model 6204-2RS.\u2069');
    const fa = real.render('need.closed', { ...params, needTitle: 'Rulman 6204 Ltd.' }, 'fa');
    expect(fa.title).toContain('\u2068Rulman 6204 Ltd.\u2069');
    // A title that carries isolates of its own cannot unbalance the sentence.
    expect(real.render('need.closed', { ...params, needTitle: 'a\u2069b\u2066' }, 'en').title).toBe(
      'Need closed: \u2068ab\u2069',
    );
    const mail = emailParts(
      n.title,
      [n],
      { open: 'Open', unsubscribe: 'Unsubscribe', footer: 'Niaz' },
      'https://niaz.test/u',
      'ltr',
      'en',
    );
    expect(mail.html).toContain(
      '<h2 dir="ltr" style="margin:0 0 8px 0;font-size:18px">Need cancelled: <bdi>بلبرینگ ۶۲۰۴</bdi></h2>',
    );
    expect(mail.html).toContain('Reason: <bdi>Model 6204-2RS.</bdi>');
    expect(mail.html).not.toMatch(/[\u2068\u2069]/);
    expect(mail.text).toContain('Need cancelled: \u2068بلبرینگ ۶۲۰۴\u2069');
  });
});
