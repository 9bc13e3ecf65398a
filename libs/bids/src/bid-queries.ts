/**
 * Read port: a need's live bids (submitted or shortlisted), as a SELECT yielding "bidId",
 * "organizationId" and "termsVersion" (the amendment count the bid last confirmed).
 */
export function liveBidsSql(need: string): string {
  return `SELECT bid_port.id AS "bidId", bid_port."organizationId", bid_port."termsVersion"
           FROM bid bid_port
          WHERE bid_port."needId" = ${need} AND bid_port.status IN ('submitted', 'shortlisted')`;
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
