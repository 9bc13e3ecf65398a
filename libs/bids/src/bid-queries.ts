/**
 * Read port: a need's live bids (submitted or shortlisted), as a SELECT yielding "bidId",
 * "organizationId" and "termsVersion" (the amendment count the bid last confirmed).
 */
export function liveBidsSql(need: string): string {
  return `SELECT bid_port.id AS "bidId", bid_port."organizationId", bid_port."termsVersion"
           FROM bid bid_port
          WHERE bid_port."needId" = ${need} AND bid_port.status IN ('submitted', 'shortlisted')`;
}

/** Read port: one bid's row, as a SELECT for `FROM (…) b`. */
export function bidRowSql(bid: string): string {
  return `SELECT * FROM bid bid_row_port WHERE bid_row_port.id = ${bid}`;
}

/**
 * Read port: every bid (whatever its status) on the needs whose ids the SQL `needIds` yields
 * (a SELECT or one expression). Callers that count bids honour the sealing rule themselves
 * (`openedNeedIdsSql`).
 */
export function bidsOnNeedsSql(needIds: string): string {
  return `SELECT * FROM bid bids_on_port WHERE bids_on_port."needId" IN (${needIds})`;
}

/**
 * Read port: the organisations that bid on a need and did not withdraw, as a SELECT yielding
 * "organizationId" and "lapsed" (its bid was not re-confirmed and so not opened).
 */
export function biddersSql(need: string): string {
  return `SELECT bidders_port."organizationId", bool_and(bidders_port.status = 'lapsed') AS lapsed
           FROM bid bidders_port
          WHERE bidders_port."needId" = ${need} AND bidders_port.status <> 'withdrawn'
          GROUP BY bidders_port."organizationId"`;
}
