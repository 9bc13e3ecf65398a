import request from 'supertest';
import { waitFor } from '@niaz/testing';
import { needPayload } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

/**
 * Journey 2, in Turkish (left to right): a supplier signs up from the home page and
 * describes a capability (bearings, HS 8482); a manufacturer (through the API) publishes a
 * fitting need in Persian; the supplier sees the unread badge and the notice with why it
 * fits, opens the need, accepts the NDA, reads the details and places a bid.
 */
describe('browser journey 2: supplier (tr, LTR)', () => {
  const stack = useJourneyStack();

  it('gets told of a fitting need, accepts the NDA and bids', async () => {
    const { ctx, browser } = stack;
    const supplier = await person(browser, 'journey-2-supplier-tr', {
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      width: 1024,
      height: 800,
    });
    const { page, shot } = supplier;
    await walk(supplier, 'journey 2', journey);

    async function journey() {
      // A browser that prefers Turkish gets the Turkish, left-to-right page.
      await page.goto(`${ctx.url}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('tr');
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      await page
        .getByRole('heading', { name: 'Sanayinin bugün ithal ettiğini yurt içinde üretin' })
        .waitFor();
      await shot('home');

      // Sign up as a supplier.
      await page.getByRole('link', { name: 'Başlayın' }).click();
      await page.getByRole('heading', { name: 'Hesabınızı oluşturun' }).waitFor();
      await page.getByRole('checkbox', { name: /Tedarikçi/ }).check();
      await page.getByLabel('Adınız').fill('Ayşe Yılmaz');
      await page.getByLabel('Kuruluş adı').fill('Erzurum Rulman Sanayi');
      await page.getByLabel('İl', { exact: true }).fill('Erzurum');
      const email = `ayse${Date.now()}@erzurum-rulman.com.tr`;
      await page.getByLabel('E-posta').fill(email);
      await page.getByLabel('Parola').fill('correct horse battery');
      await page.getByRole('button', { name: 'Hesap oluştur' }).click();
      await page.getByRole('heading', { name: 'Merhaba, Ayşe Yılmaz' }).waitFor();
      await shot('home-supplier');

      // Describe what they make: bearings, HS 8482 found by a Turkish word.
      await page.getByRole('link', { name: 'Yetkinlik ekle' }).first().click();
      await page.getByRole('heading', { name: 'Yetkinlik ekle' }).waitFor();
      await page.getByLabel('Ne üretiyorsunuz').fill('Rulman üretimi');
      await page
        .getByLabel('Açıklama', { exact: true })
        .fill('Konveyör ve elektrik motorları için bilyalı rulman (6204, 6205) üretiyoruz.');
      await page.getByLabel('GTİP (HS) kodu bul').fill('rulman');
      const hsOption = page.getByRole('button', { name: /8482/ }).first();
      await hsOption.waitFor();
      await hsOption.click();
      await page.getByRole('list', { name: 'Seçilen HS kodları' }).getByText('8482').waitFor();
      await page.getByLabel('Sertifikalar').fill('ISO 9001');
      await page.getByLabel('Yıllık kapasite').fill('200000');
      await shot('capability-form');
      await page.getByRole('button', { name: 'Yetkinliği kaydet' }).click();
      await page.getByRole('heading', { name: 'Yetkinliği düzenle' }).waitFor();
      await page.getByText('Kaydedildi.').waitFor();

      // The supplier's token, to check through the API what the page shows.
      const session = await page.evaluate<string | null>("localStorage.getItem('niaz.session')");
      const supplierToken = (JSON.parse(session ?? '{}') as { accessToken: string }).accessToken;
      const asSupplier = { authorization: `Bearer ${supplierToken}` };
      const caps = await request(ctx.url)
        .get('/api/v1/capabilities?mine=true')
        .set(asSupplier)
        .expect(200);
      expect(caps.body.items).toHaveLength(1);
      expect(caps.body.items[0].hsCodes).toEqual(['8482']);

      // The manufacturer publishes once the capability is searchable, as days later in life
      // (where matching runs beside indexing, a need published within the indexing delay of
      // a capability would not meet it).
      await waitFor(
        async () => {
          const res = await request(ctx.url).get('/api/v1/search/capabilities?hs=8482');
          return res.body.total === 1 || undefined;
        },
        { what: 'the capability in the search index', timeoutMs: 20_000 },
      );
      // A manufacturer in Qom publishes a fitting need, in Persian (through the API).
      const signedUp = await request(ctx.url)
        .post('/api/v1/auth/register')
        .send({
          email: `maryam${Date.now()}@qom-machinery.ir`,
          password: 'correct horse battery',
          name: 'مریم احمدی',
          organization: {
            name: 'صنایع ماشین‌سازی قم',
            kinds: ['manufacturer'],
            country: 'IR',
            province: 'Qom',
          },
        })
        .expect(201);
      const asMaker = { authorization: `Bearer ${signedUp.body.accessToken as string}` };
      const created = await request(ctx.url)
        .post('/api/v1/needs')
        .set(asMaker)
        .send(
          needPayload({
            title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
            details: 'نقشهٔ فنی محرمانه: تلرانس ۰٫۰۰۲ میلی‌متر، فولاد 52100',
          }),
        )
        .expect(201);
      const needId: string = created.body.id;
      await request(ctx.url).post(`/api/v1/needs/${needId}/publish`).set(asMaker).expect(200);

      // The worker matches and tells the supplier; the header shows it without a reload.
      await waitFor(
        async () => {
          const res = await request(ctx.url).get('/api/v1/notifications').set(asSupplier);
          return res.body.unreadCount > 0 ? true : undefined;
        },
        { what: 'the need.matched notice', timeoutMs: 30_000 },
      );
      await page.getByRole('link', { name: 'Ana sayfa' }).click();
      const badge = page.getByRole('link', { name: 'Bildirimler 1 okunmamış' });
      await badge.waitFor({ timeout: 20_000 });
      // The home page lists the fitting need as well.
      await page.getByRole('link', { name: 'بلبرینگ ۶۲۰۴ برای نوار نقاله' }).first().waitFor();
      await shot('unread-badge');

      // The inbox: the notice, in Turkish, with why it fits.
      await badge.click();
      await page.getByRole('heading', { name: 'Bildirimler' }).waitFor();
      const notice = page.getByRole('link', {
        // The title is isolated (FSI…PDI) inside the Turkish sentence.
        name: 'Size uygun bir ihtiyaç: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069',
      });
      await notice.waitFor();
      await page.getByText('Neden uygun:').waitFor();
      await page.getByText('aynı GTİP pozisyonu 8482').waitFor();
      await shot('inbox');

      // Open the need: the public part; the details only after the NDA.
      await notice.click();
      await page.getByRole('heading', { name: 'بلبرینگ ۶۲۰۴ برای نوار نقاله' }).waitFor();
      expect(page.url()).toContain(`/needs/${needId}`);
      expect(await page.content()).not.toContain('52100');
      // The deadline in the need's zone (Tehran, named) and, labelled, in the supplier's own.
      const zoned = page.locator('.zoned-time');
      await zoned.nth(1).waitFor();
      const clock = (timeZone: string) =>
        new Intl.DateTimeFormat('en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone,
        }).format(new Date(created.body.bidDeadline));
      expect(await zoned.nth(0).textContent()).toContain(clock('Asia/Tehran'));
      expect(await zoned.nth(0).textContent()).toMatch(/İran/);
      expect(await zoned.nth(1).textContent()).toContain('Sizin saatiniz');
      expect(await zoned.nth(1).textContent()).toContain(clock('Europe/Istanbul'));
      await page
        .getByRole('checkbox', { name: 'Bu ayrıntıları gizli tutmayı kabul ediyorum' })
        .check();
      await shot('nda');
      await page
        .getByRole('button', { name: 'Gizlilik sözleşmesini kabul et ve ayrıntıları göster' })
        .click();
      await page.getByText('نقشهٔ فنی محرمانه: تلرانس ۰٫۰۰۲ میلی‌متر، فولاد 52100').waitFor();
      // Opening the notice marked it read.
      await page.getByRole('link', { name: 'Bildirimler', exact: true }).waitFor();

      // The bid: price in the need's currency, quantity prefilled from the need.
      const priceBox = page.getByRole('group', { name: 'Birim fiyat' });
      // Turkish writes the decimal with a comma: "3,95" is 3.95, and "3.95" (a dot groups
      // thousands here) is refused rather than guessed.
      await priceBox.getByLabel('Tutar').fill('3.95');
      await priceBox.getByText('Bu iki türlü okunabilir').waitFor();
      await priceBox.getByLabel('Tutar').fill('3,95');
      expect(await priceBox.getByTestId('price-read-back').textContent()).toMatch(/€3,95|3,95\s€/);
      expect(await priceBox.getByLabel('Para birimi').inputValue()).toBe('EUR');
      expect(await page.getByLabel('Miktar').inputValue()).toBe('5000');
      await page.getByLabel('Teslim süresi (gün)').fill('90');
      await page.getByLabel('Yerli katkı (%)').fill('65');
      await page
        .getByLabel('Teknik teklif')
        .fill('52100 çeliğinden 6204-2RS rulman, ISO 9001 belgeli üretim, 90 günde teslim.');
      await shot('bid-form');
      await page.getByRole('button', { name: 'Teklifi gönder' }).click();
      await page.getByText('Teklifiniz gönderildi.').waitFor();
      await page.getByRole('heading', { name: 'Teklifiniz', exact: true }).waitFor();
      await shot('bid-sent');

      // The bid exists, sealed, for this need.
      const bids = await request(ctx.url).get('/api/v1/bids').set(asSupplier).expect(200);
      expect(bids.body.items).toHaveLength(1);
      const bid = bids.body.items[0];
      expect(bid.needId).toBe(needId);
      expect(bid.status).toBe('submitted');
      expect(bid.price.amount).toBe('3.9500');
      expect(bid.price.currency).toBe('EUR');
      expect(bid.quantity).toBe(5000);
      expect(bid.leadTimeDays).toBe(90);
      const inbox = await request(ctx.url).get('/api/v1/notifications').set(asSupplier).expect(200);
      expect(inbox.body.unreadCount).toBe(0);

      // Switching the page to English also switches the language of her messages.
      const before = await request(ctx.url).get('/api/v1/me').set(asSupplier).expect(200);
      expect(before.body.user.language).toBe('tr');
      await page.getByLabel('Dil', { exact: true }).selectOption('en');
      await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await waitFor(
        async () => {
          const me = await request(ctx.url).get('/api/v1/me').set(asSupplier);
          return me.body.user.language === 'en' || undefined;
        },
        { what: 'the language saved on the account', timeoutMs: 10_000 },
      );

      // In English the same amount reads "3.95"; "3.950,5" could be two numbers and is refused.
      const enPrice = page.getByRole('group', { name: 'Price per unit' });
      expect(await enPrice.getByLabel('Amount').inputValue()).toBe('3.95');
      await enPrice.getByLabel('Amount').fill('3.950,5');
      await enPrice.getByText('This could be read two ways').waitFor();
      await page.getByRole('button', { name: 'Revise bid' }).click();
      await shot('bid-ambiguous-en');
      const unchanged = await request(ctx.url).get('/api/v1/bids').set(asSupplier).expect(200);
      expect(unchanged.body.items[0].price.amount).toBe('3.9500');
    }
  }, 180_000);
});
