import type { EntityManager } from 'typeorm';

/**
 * THE PLUG-IN POINT FOR EXHIBITIONS (issue 6). The search lib cannot import the exhibitions
 * lib (it sits below the domains), so it reads exhibition membership with SQL here and
 * nowhere else. Until the exhibitions tables exist both functions answer "none".
 *
 * To plug exhibitions in, replace the two bodies with read-model queries, e.g. over the
 * approved submissions of published exhibitions:
 *   SELECT "needId", array_agg("exhibitionId") FROM exhibition_submission s
 *     JOIN exhibition e ON e.id = s."exhibitionId"
 *    WHERE s.status = 'approved' AND e.status IN ('published', 'closed') AND s."needId" = ANY($1)
 *    GROUP BY "needId"
 * The indexer already re-indexes the needs concerned on 'submission.decided' (by needId) and
 * on 'exhibition.published' / 'exhibition.closed' (the needs this function names plus the
 * needs the index currently lists under that exhibition), and the full reindex calls
 * exhibitionIdsOfNeeds for every batch.
 */
export async function exhibitionIdsOfNeeds(
  _db: Pick<EntityManager, 'query'>,
  needIds: readonly string[],
): Promise<Map<string, string[]>> {
  return new Map(needIds.map((id) => [id, []]));
}

/** The needs an exhibition shows (see above): none until exhibitions exist. */
export async function needIdsOfExhibition(
  _db: Pick<EntityManager, 'query'>,
  _exhibitionId: string,
): Promise<string[]> {
  return [];
}
