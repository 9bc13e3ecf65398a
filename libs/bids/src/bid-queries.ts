/**
 * Read port: a need's live bids (submitted or shortlisted), as a SELECT yielding "bidId",
 * "organizationId" and "termsVersion" (the amendment count the bid last confirmed).
 */
export function liveBidsSql(need: string): string {
  return `SELECT bid_port.id AS "bidId", bid_port."organizationId", bid_port."termsVersion"
           FROM bid bid_port
          WHERE bid_port."needId" = ${need} AND bid_port.status IN ('submitted', 'shortlisted')`;
}
