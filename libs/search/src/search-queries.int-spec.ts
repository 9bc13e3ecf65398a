import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { MeiliSearch } from 'meilisearch';
import { SearchNeedsQueryDto } from './dto/search-query.dto';
import { INDEX_DEFINITIONS } from './index-definitions';
import { createMeiliHttpClient } from './meili-http-client';
import { MeiliTaskWaiter } from './meili-task-waiter';
import { testMeiliClient } from './meili-test-client.int-spec-helper';
import { needDocument, NeedRow } from './search-documents';
import { needSearchRequest } from './search.service';

/**
 * Queries as new users type them, on real Meilisearch with the real index settings: several
 * words where one has no counterpart in the document's language, the words around product
 * nouns, places in every script, a short word inside a Persian compound.
 */
describe('search queries across fa/tr/en (real Meilisearch)', () => {
  let isolation: TestIsolation;
  let client: MeiliSearch;
  let waiter: MeiliTaskWaiter;
  const http = createMeiliHttpClient();
  const uid = () => `${isolation.indexPrefix}needs`;
  let n = 0;

  const need = (
    key: string,
    title: string,
    description = '',
    extra: Partial<NeedRow> = {},
  ): NeedRow => ({
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    organizationId: '00000000-0000-4000-8000-000000000999',
    organizationName: `org ${key}`,
    verified: false,
    status: 'open',
    language: 'fa',
    title,
    description,
    specification: null,
    hsCodes: ['9999'],
    isic: null,
    country: 'IR',
    province: null,
    requiredCertifications: [],
    quantityPerYear: null,
    unit: null,
    importOrigin: null,
    bidDeadline: '2030-01-01T00:00:00Z',
    publishedAt: '2026-01-01T00:00:00Z',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  });

  const rows: Record<string, NeedRow> = {};
  const add = (key: string, title: string, description = '', extra: Partial<NeedRow> = {}) =>
    (rows[key] = need(key, title, description, extra));

  add('catheter', 'Medical catheter tubing', 'Silicone tubing for urinary catheters', {
    language: 'en',
  });
  add('boneScrew', 'پیچ استخوان تیتانیومی', 'پیچ کورتیکال برای جراحی ارتوپدی');
  add('woodScrew', 'Ahşap vidası', 'Mobilya için çelik ahşap vidası', { language: 'tr' });
  add('dough', 'Hamur yoğurma makinesi', 'Fırınlar için spiral hamur yoğurma makinesi', {
    language: 'tr',
    country: 'TR',
    province: 'Konya',
  });
  add('tabriz', 'قطعات ریخته گری چدنی', 'قطعات چدنی برای خوشه خودرو', {
    province: 'آذربایجان شرقی',
    organizationCity: 'تبریز',
  });
  add('qom', 'Brake pads', 'Ceramic brake pads for buses', {
    language: 'en',
    province: 'Qom',
  });
  add('coil', 'سیم‌پیچ مسی موتور', 'سیم‌پیچی مجدد موتورهای الکتریکی');
  add('screw', 'پیچ و مهره فولادی', 'پیچ شش گوش گالوانیزه');

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ({ client, waiter } = testMeiliClient(http));
    const { primaryKey, settings } = INDEX_DEFINITIONS.needs;
    await waiter.wait((await client.createIndex(uid(), { primaryKey })).taskUid, 60_000);
    await waiter.wait((await client.index(uid()).updateSettings(settings)).taskUid, 60_000);
    const docs = Object.values(rows).map((r) => needDocument(r));
    const task = await client.index(uid()).addDocuments(docs);
    expect((await waiter.wait(task.taskUid, 60_000)).status).toBe('succeeded');
  }, 120_000);
  afterAll(async () => {
    waiter?.close();
    http.destroy();
    await isolation?.cleanup();
  });

  const keysOf = (ids: string[]) =>
    ids.map((id) => Object.entries(rows).find(([, r]) => r.id === id)?.[0]);
  async function search(q: string): Promise<Array<string | undefined>> {
    const { q: words, params } = needSearchRequest(Object.assign(new SearchNeedsQueryDto(), { q }));
    const res = await client.index(uid()).search(words, { ...params, facets: undefined });
    return keysOf(res.hits.map((h) => h.id as string));
  }

  it.each([
    ['tıbbi kateter', 'catheter'],
    ['کاتتر', 'catheter'],
    ['medical catheter', 'catheter'],
    ['bone screw', 'boneScrew'],
    ['kemik vidası', 'boneScrew'],
    ['ماشین خمیر', 'dough'],
    ['dough machine', 'dough'],
    ['Tabriz', 'tabriz'],
    ['Tebriz döküm', 'tabriz'],
    ['آذربایجان شرقی', 'tabriz'],
    ['Kum', 'qom'],
    ['قم', 'qom'],
    ['Konya', 'dough'],
  ])('%s finds %s first', async (q, key) => {
    expect((await search(q))[0]).toBe(key);
  });

  it('ranks a short word standing alone above the same word inside a Persian compound', async () => {
    const hits = await search('پیچ');
    expect(hits.slice(0, 2).sort()).toEqual(['boneScrew', 'screw']);
    if (hits.includes('coil')) expect(hits.indexOf('coil')).toBeGreaterThan(1);
  });

  it('keeps the product when a word has no counterpart, and ranks the fuller match first', async () => {
    expect(await search('kateter zzzunknown')).toContain('catheter');
    const bone = await search('kemik vidası');
    expect(bone.indexOf('boneScrew')).toBeLessThan(
      bone.includes('woodScrew') ? bone.indexOf('woodScrew') : Infinity,
    );
  });
});
