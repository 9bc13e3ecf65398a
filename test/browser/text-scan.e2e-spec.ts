import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { untranslatedText } from './support/text-scan';

/** The journeys' scan for untranslated text (issue 18) finds what it is meant to find. */
describe('visible-text scan of Persian and Turkish pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  const scan = async (lang: string, body: string) => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<html lang="${lang}"><body>${body}</body></html>`);
      return await untranslatedText(page, 'probe');
    } finally {
      await page.close();
    }
  };

  it('reports a raw key, an English wording and an English server message on a fa/tr page', async () => {
    const found = await scan(
      'fa',
      '<p>tender.reconfirmTitle</p><p>Your bid is re-confirmed against the amended terms.</p>' +
        '<p>price.amount must be a decimal string</p>',
    );
    expect(found.map((f) => f.kind).sort()).toEqual([
      'English server message',
      'English wording',
      'raw key',
    ]);
    expect((await scan('tr', '<p>Not Found</p>')).map((f) => f.kind)).toEqual([
      'English server message',
    ]);
  });

  it('finds nothing in Persian text, nor on an English page', async () => {
    expect(await scan('fa', '<p>پیشنهاد شما با شرایط اصلاح‌شده دوباره تأیید شد.</p>')).toEqual([]);
    expect(
      await scan('en', '<p>Your bid is re-confirmed against the amended terms. Not Found</p>'),
    ).toEqual([]);
  });
});
