import request from 'supertest';
import { repoRoot } from '../../scripts/repo-root';
import {
  readCheckedIn,
  renderEnums,
  renderOpenApiJson,
  renderOpenApiTypes,
} from '../../scripts/web-api/openapi-files';
import { ApiTestContext, startApi } from '../support/api-app';

const STALE = 'The web app’s API client is stale: run `npm run web:api` and commit the result.';

/** CI check: the checked-in openapi.json, schema.d.ts and enums.ts match what the api serves now. */
describe('web app API client', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  it('matches the live /openapi.json', async () => {
    const live = await request(ctx.url).get('/openapi.json').expect(200);
    const checkedIn = readCheckedIn(repoRoot());
    const liveJson = renderOpenApiJson(live.body);
    if (liveJson !== checkedIn.json) throw new Error(STALE);
    if (renderOpenApiTypes(live.body) !== checkedIn.types) throw new Error(STALE);
    if (renderEnums(live.body) !== checkedIn.enums) throw new Error(STALE);
    // The screens read these responses: they must stay described.
    const schemas = Object.keys(live.body.components.schemas);
    expect(schemas).toEqual(
      expect.arrayContaining([
        'NeedResponse',
        'BidResponse',
        'CapabilityResponse',
        'MeResponse',
        'NeedSearchPage',
        'CapabilitySearchPage',
        'NeedMatchPage',
        'CapabilityMatchPage',
        'InboxPage',
        'PreferencesResponse',
        'WebhookPage',
        'MessengerLinkPage',
        'ExhibitionResponse',
        'SubmissionPage',
        'CatalogResponse',
        'ExhibitionStatsResponse',
      ]),
    );
  });
});
