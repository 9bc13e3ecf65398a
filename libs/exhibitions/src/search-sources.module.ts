import { capabilitiesSql } from '@niaz/capabilities';
import { organizationsSql } from '@niaz/identity';
import { publicNeedsSql } from '@niaz/needs';
import { SearchSourcesModule } from '@niaz/search';
import { EXHIBITION_IDS_OF_NEEDS_SQL, NEED_IDS_OF_EXHIBITION_SQL } from './exhibition-membership';

/**
 * What search reads, from the libs that own it: needs, capabilities, organisations and
 * exhibition membership. Composed here because exhibitions sits above the other three; every
 * shell that runs search (api, worker, `npm run reindex`) imports it once.
 */
export const DomainSearchSourcesModule = SearchSourcesModule.forRoot({
  publicNeeds: publicNeedsSql(),
  capabilities: capabilitiesSql(),
  organizations: organizationsSql(),
  exhibitionIdsOfNeeds: EXHIBITION_IDS_OF_NEEDS_SQL,
  needIdsOfExhibition: NEED_IDS_OF_EXHIBITION_SQL,
});
