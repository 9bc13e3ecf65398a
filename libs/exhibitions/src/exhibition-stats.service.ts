import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import type { Principal } from '@niaz/identity';
import type { ExhibitionStatsResponse } from './dto/exhibition.response';
import { bidsOnNeedsSql } from '@niaz/bids';
import { matchesOfNeedsSql } from '@niaz/matching';
import { needRowSql, needsInSql, openedNeedIdsSql } from '@niaz/needs';
import { DataSource } from 'typeorm';
import { isOrganiser } from './exhibition-access';
import { SUBMISSION_STATUSES, SubmissionStatus } from './exhibition-lifecycle';
import { ExhibitionsService } from './exhibitions.service';

interface MoneySum {
  currency: string;
  amount: string;
}

/** The needs an exhibition's figures are about: those its organisers approved. */
const APPROVED = `SELECT "needId" FROM exhibition_submission WHERE "exhibitionId" = $1 AND status = 'approved'`;

/**
 * The needs whose bids may be counted: approved, and opened (past the deadline, or published
 * with visible bids). A sealed need's bids are counted by nobody before its opening.
 */
const OPENED = openedNeedIdsSql(APPROVED);

/**
 * Everything counted in Postgres (the figures of a large fair are one round of aggregates,
 * not loops over rows). Money is summed per currency, never converted. The value of an award
 * is the awarded bid's unit price × its quantity. Bids and matches count on approved needs,
 * whenever they were made; withdrawn bids do not count as received.
 */
const QUERIES = {
  byStatus: `SELECT status, count(*)::int AS n FROM exhibition_submission WHERE "exhibitionId" = $1 GROUP BY status`,
  needStatus: `SELECT n.status, count(*)::int AS n FROM (${needsInSql(APPROVED)}) n GROUP BY n.status ORDER BY n.status`,
  bySector: `
    SELECT left(code, 2) AS "hsChapter",
           count(DISTINCT s."needId")::int AS submitted,
           (count(DISTINCT s."needId") FILTER (WHERE s.status = 'approved'))::int AS approved
      FROM exhibition_submission s
      JOIN LATERAL (${needRowSql('s."needId"')}) n ON true
      CROSS JOIN LATERAL unnest(n."hsCodes") AS code
     WHERE s."exhibitionId" = $1
     GROUP BY 1 ORDER BY 1`,
  importValue: `
    SELECT n."annualImportValueCurrency" AS currency, round(sum(n."annualImportValueAmount"), 2)::text AS amount,
           count(*)::int AS needs
      FROM (${needsInSql(APPROVED)}) n
     WHERE n."annualImportValueAmount" IS NOT NULL
     GROUP BY 1 ORDER BY 1`,
  bids: `
    SELECT (count(*) FILTER (WHERE b.status <> 'withdrawn'))::int AS received,
           (count(*) FILTER (WHERE b.status = 'awarded'))::int AS awards,
           (count(DISTINCT b."needId") FILTER (WHERE b.status <> 'withdrawn'))::int AS "needsWithBids"
      FROM (${bidsOnNeedsSql(OPENED)}) b`,
  awarded: `
    SELECT b."priceCurrency" AS currency, round(sum(b."priceAmount" * b.quantity), 2)::text AS amount
      FROM (${bidsOnNeedsSql(APPROVED)}) b WHERE b.status = 'awarded'
     GROUP BY 1 ORDER BY 1`,
  matches: `
    SELECT count(*)::int AS made, count(DISTINCT m."capabilityOrganizationId")::int AS "suppliers"
      FROM (${matchesOfNeedsSql(APPROVED)}) m`,
  // One row per (ISO week, kind, currency); weeks start on Monday, in UTC.
  weekly: `
    WITH approved AS (${APPROVED}), opened AS (${OPENED}),
    events AS (
      SELECT s."createdAt" AS at, 'submissions' AS kind, NULL::varchar AS currency, NULL::numeric AS value
        FROM exhibition_submission s WHERE s."exhibitionId" = $1
      UNION ALL
      SELECT s."decidedAt", 'approvals', NULL, NULL
        FROM exhibition_submission s WHERE s."exhibitionId" = $1 AND s.status = 'approved' AND s."decidedAt" IS NOT NULL
      UNION ALL
      SELECT b."createdAt", 'bids', NULL, NULL
        FROM (${bidsOnNeedsSql('SELECT id FROM opened')}) b WHERE b.status <> 'withdrawn'
      UNION ALL
      SELECT m."createdAt", 'matches', NULL, NULL
        FROM (${matchesOfNeedsSql('SELECT "needId" FROM approved')}) m
      UNION ALL
      SELECT coalesce(b."decidedAt", b."updatedAt"), 'awards', b."priceCurrency", b."priceAmount" * b.quantity
        FROM (${bidsOnNeedsSql('SELECT "needId" FROM approved')}) b WHERE b.status = 'awarded'
    )
    SELECT to_char(date_trunc('week', at AT TIME ZONE 'UTC'), 'IYYY-"W"IW') AS week,
           to_char(date_trunc('week', at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS "weekStart",
           kind, currency, count(*)::int AS n, round(sum(value), 2)::text AS amount
      FROM events
     GROUP BY 1, 2, 3, 4
     ORDER BY 2, 3, 4`,
};

interface WeekRow {
  week: string;
  weekStart: string;
  kind: 'submissions' | 'approvals' | 'bids' | 'matches' | 'awards';
  currency: string | null;
  n: number;
  amount: string | null;
}

export interface ExhibitionWeek {
  week: string;
  weekStart: string;
  submissions: number;
  approvals: number;
  bids: number;
  matches: number;
  awards: number;
  valueAwarded: MoneySum[];
}

@Injectable()
export class ExhibitionStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exhibitions: ExhibitionsService,
  ) {}

  async stats(principal: Principal, id: string): Promise<ExhibitionStatsResponse> {
    const e = await this.exhibitions.findVisible(principal, id);
    if (!isOrganiser(principal, e))
      throw problems.forbidden("Only the exhibition's organisers read its figures.");
    // One snapshot, so that the figures add up with each other even while bids arrive.
    const rows = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const q = <T>(sql: string) => m.query(sql, [id]) as Promise<T[]>;
      return {
        byStatus: await q<{ status: SubmissionStatus; n: number }>(QUERIES.byStatus),
        needStatus: await q<{ status: string; n: number }>(QUERIES.needStatus),
        bySector: await q<{ hsChapter: string; submitted: number; approved: number }>(
          QUERIES.bySector,
        ),
        importValue: await q<MoneySum & { needs: number }>(QUERIES.importValue),
        bids: (
          await q<{ received: number; awards: number; needsWithBids: number }>(QUERIES.bids)
        )[0],
        awarded: await q<MoneySum>(QUERIES.awarded),
        matches: (await q<{ made: number; suppliers: number }>(QUERIES.matches))[0],
        weekly: await q<WeekRow>(QUERIES.weekly),
      };
    });
    const { byStatus, needStatus, bySector, importValue, bids, awarded, matches, weekly } = rows;
    const submissions = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<
      SubmissionStatus,
      number
    >;
    for (const r of byStatus) submissions[r.status] = r.n;
    return {
      exhibitionId: id,
      submissions: { total: byStatus.reduce((t, r) => t + r.n, 0), byStatus: submissions },
      approvedNeedsByStatus: Object.fromEntries(needStatus.map((r) => [r.status, r.n])),
      needsBySector: bySector,
      importValueTargeted: importValue,
      bids: { received: bids.received, needsWithBids: bids.needsWithBids },
      matches: { made: matches.made, suppliers: matches.suppliers },
      awards: { count: bids.awards, valueAwarded: awarded },
      weekly: weeks(weekly),
    };
  }
}

/** Folds the (week, kind, currency) rows into one entry per week, oldest first. */
function weeks(rows: WeekRow[]): ExhibitionWeek[] {
  const out = new Map<string, ExhibitionWeek>();
  for (const r of rows) {
    const w = out.get(r.weekStart) ?? {
      week: r.week,
      weekStart: r.weekStart,
      submissions: 0,
      approvals: 0,
      bids: 0,
      matches: 0,
      awards: 0,
      valueAwarded: [],
    };
    w[r.kind] += r.n;
    if (r.kind === 'awards' && r.currency && r.amount)
      w.valueAwarded.push({ currency: r.currency, amount: r.amount });
    out.set(r.weekStart, w);
  }
  return [...out.values()];
}
