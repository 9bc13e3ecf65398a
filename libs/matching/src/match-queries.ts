/** Read port: the matches of the needs whose ids the SQL `needIds` yields (a SELECT or one expression). */
export function matchesOfNeedsSql(needIds: string): string {
  return `SELECT * FROM match need_matches_port WHERE need_matches_port."needId" IN (${needIds})`;
}

/** Read port: the matches of one capability. */
export function matchesOfCapabilitySql(capability: string): string {
  return `SELECT * FROM match capability_matches_port WHERE capability_matches_port."capabilityId" = ${capability}`;
}
