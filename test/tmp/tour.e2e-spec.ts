import request from 'supertest';
import type { Browser } from 'playwright-core';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from '../support/api-app';
import { bearer, needPayload, register } from '../support/actors';
import { launchChromium, person } from '../browser/support/browser';
import { ensureWebBuild } from '../browser/support/web-build';

describe('tour', () => {
  let ctx: ApiTestContext;
  let browser: Browser;
  beforeAll(async () => {
    await ensureWebBuild();
    ctx = await startApi({ worker: true });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });
  it('shows pages', async () => {
    const api = () => request(ctx.url);
    const sup = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum', name: 'Ayşe' });
    const cap = await api().post('/api/v1/capabilities').set(bearer(sup)).send({
      title: 'Rulman üretimi', description: 'Bilyalı rulman 6204 & <b>6205</b> üretiyoruz.', hsCodes: ['8482'],
      certifications: ['ISO 9001'], capacityPerYear: 200000, country: 'TR', province: 'Erzurum',
    }).expect(201);
    await waitFor(async () => (await api().get('/api/v1/search/capabilities?hs=8482')).body.total === 1 || undefined, { what: 'cap' });
    const maker = await register(ctx, ['manufacturer'], { name: 'مریم' });
    const need = await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201);
    await api().post(`/api/v1/needs/${need.body.id}/publish`).set(bearer(maker)).expect(200);
    await waitFor(async () => (await api().get(`/api/v1/needs/${need.body.id}/matches`).set(bearer(maker))).body.items.length || undefined, { what: 'match' });
    const org = await register(ctx, ['organiser']);
    const ex = await api().post('/api/v1/exhibitions').set(bearer(org)).send({
      title: 'میز نیاز صنعت قم', city: 'قم', country: 'IR', startsAt: new Date(Date.now() + 20 * 864e5).toISOString(),
      endsAt: new Date(Date.now() + 30 * 864e5).toISOString(), submissionDeadline: new Date(Date.now() + 10 * 864e5).toISOString(),
      sections: [{ key: 'machinery', title: 'ماشین‌آلات' }],
    }).expect(201);
    await api().post(`/api/v1/exhibitions/${ex.body.id}/publish`).set(bearer(org)).expect(200);
    const sub = await api().post(`/api/v1/exhibitions/${ex.body.id}/submissions`).set(bearer(maker)).send({ needId: need.body.id }).expect(201);
    await api().post(`/api/v1/exhibitions/${ex.body.id}/submissions/${sub.body.id}/request-changes`).set(bearer(org)).send({ reason: 'مقدار سالانه را دقیق‌تر بنویسید' }).expect(200);

    const as = async (who: { token: string }, lang: string, width: number, name: string, paths: string[]) => {
      const p = await person(browser, `tour-${name}`, { locale: lang, timezoneId: 'Asia/Tehran', width });
      await p.page.goto(`${ctx.url}/`);
      await p.page.evaluate(`localStorage.setItem('niaz.session', JSON.stringify({accessToken: '${who.token}', refreshToken: 'x'}))`);
      for (const path of paths) {
        await p.page.goto(`${ctx.url}${path}`);
        await p.page.waitForTimeout(1500);
        await p.shot(path.replace(/[^a-z0-9]+/gi, '-').slice(0, 40) || 'home');
      }
      await p.context.close();
    };
    await as(sup, 'fa-IR', 360, 'supplier-fa-360', ['/', '/search?q=%D8%A8%D9%84%D8%A8%D8%B1%DB%8C%D9%86%DA%AF', '/notifications', '/settings', `/capabilities/${cap.body.id}/edit`, `/needs/${need.body.id}`]);
    await as(maker, 'fa-IR', 1024, 'maker-fa', ['/', `/needs/${need.body.id}`, '/submissions', `/exhibitions/${ex.body.id}`]);
    await as(org, 'fa-IR', 1024, 'org-fa', [`/exhibitions/${ex.body.id}/board`, `/exhibitions/${ex.body.id}/edit`, '/search?kind=capabilities&q=rulman']);
  }, 240_000);
});
