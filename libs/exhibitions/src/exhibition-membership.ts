/**
 * Which exhibitions a need stands in, as the needs index's `exhibitionIds` (filterable and
 * faceted, so `/search/needs?exhibitionId=` finds an exhibition's needs). Exhibitions owns the
 * rule and its SQL; search reads it through `SEARCH_SOURCES` (search-sources.module.ts).
 *
 * A need stands in an exhibition when its submission there is `approved` and the exhibition
 * is `published` or `closed` (closed catalogs stay public). Pending, rejected and
 * changes-requested submissions and draft exhibitions never count. The indexer re-indexes the
 * needs concerned on `submission.decided` (by needId) and on `exhibition.published` /
 * `exhibition.closed` (the needs `needIdsOfExhibition` names plus those the index lists under
 * that exhibition); the full reindex asks for every batch.
 */

/** Anything with `query(sql, params)`: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** `$1`: uuid[] of needs → one row `{needId, exhibitionIds}` per need that stands in any. */
export const EXHIBITION_IDS_OF_NEEDS_SQL = `
  SELECT s."needId", array_agg(s."exhibitionId" ORDER BY s."exhibitionId") AS "exhibitionIds"
    FROM exhibition_submission s
    JOIN exhibition e ON e.id = s."exhibitionId"
   WHERE s."needId" = ANY($1::uuid[])
     AND s.status = 'approved'
     AND e.status IN ('published', 'closed')
   GROUP BY s."needId"`;

/** `$1`: exhibition id → the needs approved for it (whatever the exhibition's status). */
export const NEED_IDS_OF_EXHIBITION_SQL = `
  SELECT s."needId" FROM exhibition_submission s
   WHERE s."exhibitionId" = $1 AND s.status = 'approved'
   ORDER BY s."needId"`;

/** Every given need with its exhibition ids (an empty array when it stands in none). */
export async function exhibitionIdsOfNeeds(
  db: Queryable,
  needIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(needIds.map((id) => [id, []]));
  if (needIds.length === 0) return out;
  const rows = (await db.query(EXHIBITION_IDS_OF_NEEDS_SQL, [needIds])) as Array<{
    needId: string;
    exhibitionIds: string[];
  }>;
  for (const r of rows) out.set(r.needId, r.exhibitionIds);
  return out;
}

export async function exhibitionIdsOfNeed(db: Queryable, needId: string): Promise<string[]> {
  return (await exhibitionIdsOfNeeds(db, [needId])).get(needId) ?? [];
}

/** The needs to re-index when an exhibition is published or closed. */
export async function needIdsOfExhibition(db: Queryable, exhibitionId: string): Promise<string[]> {
  const rows = (await db.query(NEED_IDS_OF_EXHIBITION_SQL, [exhibitionId])) as Array<{
    needId: string;
  }>;
  return rows.map((r) => r.needId);
}
