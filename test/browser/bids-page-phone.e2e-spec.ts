import request from 'supertest';
import { bearer, bidPayload, needPayload, register } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

/**
 * A supplier's bids on a phone (fa, 360 px): one card per bid, nothing wider than the screen;
 * a wide screen keeps the table.
 */
describe('my bids: cards on a phone, a table on a wide screen', () => {
  const stack = useJourneyStack();

  it('shows each bid as a card under 720 px and a table above', async () => {
    const { ctx, browser } = stack;
    const owner = await register(ctx, ['manufacturer']);
    const supplier = await register(ctx, ['supplier']);
    const api = () => request(ctx.url);
    for (const title of ['یاتاقان ۶۲۰۴', 'پیچ فولادی M8']) {
      const need = await api()
        .post('/api/v1/needs')
        .set(bearer(owner))
        .send(needPayload({ title, ndaRequired: false }))
        .expect(201);
      await api().post(`/api/v1/needs/${need.body.id}/publish`).set(bearer(owner)).expect(200);
      await api()
        .post(`/api/v1/needs/${need.body.id}/bids`)
        .set(bearer(supplier))
        .send(bidPayload())
        .expect(201);
    }

    for (const width of [360, 1024]) {
      const who = await person(browser, `bids-page-fa-${width}`, {
        locale: 'fa-IR',
        timezoneId: 'Asia/Tehran',
        width,
        height: 740,
      });
      await walk(who, `my bids at ${width} px`, async () => {
        const { page } = who;
        await page.goto(`${ctx.url}/`);
        // Strings, evaluated in the page: the test's own TypeScript has no DOM types.
        const session = JSON.stringify({
          accessToken: supplier.token,
          refreshToken: supplier.token,
        });
        await page.evaluate(`localStorage.setItem('niaz.session', ${JSON.stringify(session)})`);
        await page.goto(`${ctx.url}/bids`);
        await page.locator('h1').first().waitFor();
        if (width < 720) {
          await page.locator('.bid-cards .bid-card').first().waitFor();
          expect(await page.locator('.bid-cards .bid-card').count()).toBe(2);
          expect(await page.locator('table').count()).toBe(0);
        } else {
          await page.locator('table tbody tr').first().waitFor();
          expect(await page.locator('table tbody tr').count()).toBe(2);
          expect(await page.locator('.bid-cards').count()).toBe(0);
        }
        // Nothing wider than the screen.
        const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
        expect(scrollWidth).toBeLessThanOrEqual(width);
        await who.shot('my-bids');
      });
    }
  });
});
