/**
 * Which exhibitions a need stands in (approved, in a published or closed exhibition): the
 * search lib owns that read model (it feeds the needs index's `exhibitionIds`); exhibitions
 * offers it to its own users from here.
 */
export {
  EXHIBITION_IDS_OF_NEEDS_SQL,
  NEED_IDS_OF_EXHIBITION_SQL,
  exhibitionIdsOfNeed,
  exhibitionIdsOfNeeds,
  needIdsOfExhibition,
} from '@niaz/search';

/** Anything with `query(sql, params)`: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}
