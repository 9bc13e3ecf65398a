import { capabilityRowSql } from '@niaz/capabilities';
import { membersOfSql } from '@niaz/identity';
import { matchesOfCapabilitySql, matchesOfNeedsSql } from '@niaz/matching';
import { needRowSql } from '@niaz/needs';
import type { RecipientQuery } from './notice';

const CANDIDATE_MEMBERS = membersOfSql('m."capabilityOrganizationId"');
/** The open need and the capability of a match `m`. */
const OPEN_NEED_AND_CAPABILITY = `
        JOIN LATERAL (${needRowSql('m."needId"')}) n ON n.status = 'open'
        JOIN LATERAL (${capabilityRowSql('m."capabilityId"')}) c ON true`;
/** What the members `mem` of match `m`'s candidate hear: once per need (its event key), with its score. */
const NEED_MATCHED_COLUMNS = `mem."userId", m."capabilityOrganizationId" AS "organizationId",
             'need.matched:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'capabilityId', c.id,
                                'capabilityTitle', c.title, 'score', m.score, 'reasons', m.reasons) AS params,
             jsonb_build_object('needId', n.id, 'capabilityId', c.id, 'score', m.score) AS "webhookData",
             m.score::float8 AS score, n."hsCodes" AS "hsCodes"`;

/** Who hears of the matches of `of` (a need, needs or a capability): the top N, score ≥ the minimum. */
type MatchedRecipients<Of> = (of: Of, topN: number, minScore: number) => RecipientQuery;

/** A need.matched recipients query: told outside the inbox too ($1 `of`, $2 minimum score, $3 N). */
const needMatched = (params: unknown[], sql: string): RecipientQuery => ({
  type: 'need.matched',
  external: true,
  params,
  sql,
});

/**
 * A need fits a supplier: the members of the top N candidate organisations (each by its best
 * capability, score ≥ the minimum) hear of it once per need, whichever event found it — a
 * later re-match tells only new candidates. The buyer's own organisation is never told.
 */
export const needMatchedRecipients: MatchedRecipients<string> = (needId, topN, minScore) =>
  needsMatchedRecipients([needId], topN, minScore);

/**
 * needMatchedRecipients of many needs in one statement (each need's own top N), so that the
 * notices of needs matched together are written together.
 */
export const needsMatchedRecipients: MatchedRecipients<readonly string[]> = (
  needIds,
  topN,
  minScore,
) =>
  needMatched(
    [needIds, minScore, topN],
    `
      SELECT DISTINCT ON (n.id, mem."userId")
             ${NEED_MATCHED_COLUMNS}
        FROM unnest($1::uuid[]) AS q(id)
        JOIN LATERAL (SELECT * FROM (
                SELECT DISTINCT ON ("capabilityOrganizationId") *
                  FROM (${matchesOfNeedsSql('q.id')}) of_need
                 WHERE score >= $2
                 ORDER BY "capabilityOrganizationId", score DESC, id
              ) best ORDER BY score DESC, id LIMIT $3) m ON true${OPEN_NEED_AND_CAPABILITY}
        JOIN LATERAL (${CANDIDATE_MEMBERS}) mem ON true
       WHERE m."capabilityOrganizationId" <> n."organizationId"
       ORDER BY n.id, mem."userId", m.score DESC`,
  );

/**
 * A capability was posted or changed: its organisation's members hear of the open needs
 * that fit it (top N, score ≥ the minimum), with the same once-per-need key as above.
 */
export const capabilityMatchedRecipients: MatchedRecipients<string> = (
  capabilityId,
  topN,
  minScore,
) =>
  needMatched(
    [capabilityId, minScore, topN],
    `
      SELECT DISTINCT ON (mem."userId", n.id)
             ${NEED_MATCHED_COLUMNS}
        FROM (SELECT * FROM (${matchesOfCapabilitySql('$1::uuid')}) of_capability WHERE score >= $2
               ORDER BY score DESC, id LIMIT $3) m${OPEN_NEED_AND_CAPABILITY}
        JOIN LATERAL (${CANDIDATE_MEMBERS}) mem ON true
       WHERE m."capabilityOrganizationId" <> n."organizationId"
       ORDER BY mem."userId", n.id, m.score DESC`,
  );
