import request from 'supertest';
import { waitFor } from '@niaz/testing';
import { needPayload } from '../support/actors';
import { person } from './support/browser';
import { useJourneyStack, walk } from './support/journey';

const BEARINGS = 'Ball bearings 6204 for conveyor motors';
const HOUSINGS = 'Cast iron pump housings';

/**
 * Journey 3, in English: an organiser signs up from the home page, creates an exhibition
 * with two catalog sections and invites a manufacturer found by name; the manufacturer
 * (through the API) proposes two needs; the organiser approves one, rejects the other with a
 * reason, places the approved one in a section and features it, publishes, and opens the
 * public catalog, whose CSV and PDF links answer with the right content types.
 */
describe('browser journey 3: organiser (en)', () => {
  const stack = useJourneyStack();

  it('curates and publishes an exhibition and opens its catalog', async () => {
    const { ctx, browser } = stack;
    const organiser = await person(browser, 'journey-3-organiser-en', {
      locale: 'en-GB',
      timezoneId: 'Asia/Tehran',
      width: 1280,
      height: 900,
    });
    const { page, shot } = organiser;
    await walk(organiser, 'journey 3', journey);

    async function journey() {
      // A manufacturer with two published needs (through the API).
      const signedUp = await request(ctx.url)
        .post('/api/v1/auth/register')
        .send({
          email: `orders${Date.now()}@tabriz-motor.ir`,
          password: 'correct horse battery',
          name: 'Reza Tabrizi',
          organization: {
            name: 'Tabriz Motor Works',
            kinds: ['manufacturer'],
            country: 'IR',
            province: 'East Azerbaijan',
          },
        })
        .expect(201);
      const asMaker = { authorization: `Bearer ${signedUp.body.accessToken as string}` };
      const needIds: Record<string, string> = {};
      for (const [title, hs] of [
        [BEARINGS, '848210'],
        [HOUSINGS, '841391'],
      ]) {
        const need = await request(ctx.url)
          .post('/api/v1/needs')
          .set(asMaker)
          .send(
            needPayload({
              title,
              description: `${title}, imported from Germany.`,
              language: 'en',
              hsCodes: [hs],
            }),
          )
          .expect(201);
        needIds[title] = need.body.id;
        await request(ctx.url)
          .post(`/api/v1/needs/${need.body.id}/publish`)
          .set(asMaker)
          .expect(200);
      }

      // An English page, left to right.
      await page.goto(`${ctx.url}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      await page
        .getByRole('heading', { name: 'Make at home what industry imports today' })
        .waitFor();

      // Sign up as an organiser.
      await page.getByRole('link', { name: 'Get started' }).click();
      await page.getByRole('checkbox', { name: /Exhibition organiser/ }).check();
      await page.getByLabel('Your name').fill('Sara Karimi');
      await page.getByLabel('Organisation name').fill('Qom Chamber of Commerce');
      await page.getByLabel('Province', { exact: true }).fill('Qom');
      await page.getByLabel('E-mail').fill(`sara${Date.now()}@qomchamber.ir`);
      await page.getByLabel('Password').fill('correct horse battery');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Hello, Sara Karimi' }).waitFor();
      await shot('home-organiser');

      // A new exhibition with two catalog sections (the dates keep their defaults).
      await page.getByRole('link', { name: 'New exhibition' }).click();
      await page.getByRole('heading', { name: 'New exhibition' }).waitFor();
      await page.getByLabel('Title').fill('Qom Industry Needs Fair 2027');
      await page
        .getByLabel('Description')
        .fill('Parts and materials the factories of the province import today.');
      await page.getByLabel('City').fill('Qom');
      await page.getByLabel('Province', { exact: true }).fill('Qom');
      await page.getByLabel('Sectors (HS chapters)').fill('84, 85');
      await page.getByLabel('Section 1', { exact: true }).fill('Machinery and parts');
      await page.getByRole('button', { name: 'Add a section' }).click();
      await page.getByLabel('Section 2', { exact: true }).fill('Electrical equipment');
      await shot('exhibition-form');
      await page.getByRole('button', { name: 'Create exhibition' }).click();
      await page.getByRole('heading', { name: 'Curation: Qom Industry Needs Fair 2027' }).waitFor();
      await page.getByText('The exhibition is created as a draft.').waitFor();
      const exhibitionId = page.url().split('/exhibitions/')[1].split('/')[0];
      expect(exhibitionId).toMatch(/^[0-9a-f-]{36}$/);

      // Invite the manufacturer, found by its name (its needs must be searchable first).
      await waitFor(
        async () =>
          (await request(ctx.url).get('/api/v1/search/needs?q=Tabriz')).body.total === 2 ||
          undefined,
        { what: 'both needs in the search index', timeoutMs: 20_000 },
      );
      await page.getByLabel('Find a manufacturer').fill('Tabriz Motor');
      await page.getByRole('button', { name: 'Invite Tabriz Motor Works' }).click();
      await page.getByRole('list', { name: 'Invited' }).getByText('Tabriz Motor Works').waitFor();
      await shot('invited');

      // The manufacturer proposes both needs to the draft it was invited to (through the API).
      for (const id of Object.values(needIds))
        await request(ctx.url)
          .post(`/api/v1/exhibitions/${exhibitionId}/submissions`)
          .set(asMaker)
          .send({ needId: id })
          .expect(201);

      // The organiser looks again and decides.
      await page.getByRole('button', { name: 'Look for new proposals' }).click();
      const pending = page.getByRole('region', { name: /Pending/ });
      await pending.getByRole('link', { name: BEARINGS }).waitFor();
      await pending.getByRole('link', { name: HOUSINGS }).waitFor();
      await shot('proposals');
      await page.getByRole('button', { name: `Approve ${BEARINGS}` }).click();
      const approved = page.getByRole('region', { name: /Approved/ });
      await approved.getByRole('link', { name: BEARINGS }).waitFor();

      // Rejecting needs a reason: without one the field says so.
      await page.getByRole('button', { name: `Reject ${HOUSINGS}` }).click();
      await page.locator('.field--error .error').first().waitFor();
      await page
        .getByLabel(`Reason for the proposer (${HOUSINGS})`)
        .fill('Please state the material grade and the yearly quantity.');
      await page.getByRole('button', { name: `Reject ${HOUSINGS}` }).click();
      const rejected = page.getByRole('region', { name: /Rejected/ });
      await rejected.getByRole('link', { name: HOUSINGS }).waitFor();
      await rejected.getByText('Please state the material grade').waitFor();

      // Place the approved need in its section and feature it.
      await page
        .getByLabel(`Section of ${BEARINGS}`)
        .selectOption({ label: 'Machinery and parts' });
      await page.getByRole('checkbox', { name: `Feature “${BEARINGS}” at the top` }).check();
      await waitFor(
        async () => {
          const subs = await request(ctx.url)
            .get(`/api/v1/exhibitions/submissions?exhibitionId=${exhibitionId}`)
            .set(asMaker);
          const s = subs.body.items.find((x: { needId: string }) => x.needId === needIds[BEARINGS]);
          return s?.section === 'machinery-and-parts' && s.featured === true ? true : undefined;
        },
        { what: 'the approved need placed and featured' },
      );
      await shot('curated');

      // Publish, then open the public catalog.
      await page.getByRole('button', { name: 'Publish exhibition' }).click();
      await page.getByRole('button', { name: 'Yes, publish' }).click();
      await page.getByText('Published: the catalog is public now.').waitFor();
      await page.getByRole('link', { name: 'Public catalog' }).click();
      await page.getByRole('heading', { name: 'Qom Industry Needs Fair 2027' }).waitFor();
      const section = page.getByRole('region', { name: 'Machinery and parts' });
      await section.getByRole('link', { name: BEARINGS }).waitFor();
      await section.getByText('Featured').waitFor();
      expect(await page.getByRole('link', { name: HOUSINGS }).count()).toBe(0);
      await shot('catalog');

      // The download links answer, anonymously, with CSV and PDF.
      const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
      const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
      const csv = await request(ctx.url).get(csvHref!).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text).toContain(BEARINGS);
      expect(csv.text).not.toContain(HOUSINGS);
      const pdf = await request(ctx.url)
        .get(pdfHref!)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

      // The figures, drawn.
      await page.goto(`${ctx.url}/exhibitions/${exhibitionId}/stats`);
      await page.getByRole('figure', { name: 'Proposals by decision' }).waitFor();
      await shot('stats');

      // What the manufacturer reads: the decisions and the reason.
      const mine = await request(ctx.url)
        .get(`/api/v1/exhibitions/submissions?exhibitionId=${exhibitionId}`)
        .set(asMaker)
        .expect(200);
      const byNeed = new Map(
        mine.body.items.map((s: { needId: string }) => [s.needId, s] as const),
      );
      expect(byNeed.get(needIds[BEARINGS])).toMatchObject({ status: 'approved', featured: true });
      expect(byNeed.get(needIds[HOUSINGS])).toMatchObject({
        status: 'rejected',
        reason: 'Please state the material grade and the yearly quantity.',
      });
      const x = await request(ctx.url).get(`/api/v1/exhibitions/${exhibitionId}`).expect(200);
      expect(x.body.status).toBe('published');
      expect(x.body.sections.map((s: { title: string }) => s.title)).toEqual([
        'Machinery and parts',
        'Electrical equipment',
      ]);
    }
  }, 180_000);
});
