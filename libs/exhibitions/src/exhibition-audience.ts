import { membersOfSql } from '@niaz/identity';
import type { OutboxEvents } from '@niaz/jobs';
import type { Queryable } from './exhibition-membership';

/**
 * The exhibition events someone is told of. `exhibition.closed` tells nobody: the catalog
 * closes and the submissions keep their decisions (it only re-indexes the needs).
 */
export type ExhibitionEventName =
  | 'exhibition.published'
  | 'exhibition.invitation'
  | 'submission.created'
  | 'submission.resubmitted'
  | 'submission.decided';

export type ExhibitionEvent = {
  [E in ExhibitionEventName]: { type: E; payload: OutboxEvents[E] };
}[ExhibitionEventName];

export interface ExhibitionAudience {
  /** The organisations to tell (all their members are told). */
  organizationIds: string[];
  /** Their members, less the user who acted (nobody is told of their own action). */
  userIds: string[];
}

/** The SQL expressions (of the caller's query) an audience is computed from. */
export interface AudienceSubject {
  exhibition: string;
  submission: string;
  organization: string;
}

const ORGANISER = (s: AudienceSubject) =>
  `SELECT organiser_port."organizationId" FROM exhibition organiser_port WHERE organiser_port.id = ${s.exhibition}`;
const INVITED = (s: AudienceSubject) =>
  `SELECT invited_port."organizationId" FROM exhibition_invitation invited_port WHERE invited_port."exhibitionId" = ${s.exhibition}`;
const APPROVED_SUBMITTERS = (s: AudienceSubject) =>
  `SELECT approved_port."organizationId" FROM exhibition_submission approved_port
    WHERE approved_port."exhibitionId" = ${s.exhibition} AND approved_port.status = 'approved'`;
/** A submission keeps the organisation of the need it was made for. */
const SUBMITTER = (s: AudienceSubject) =>
  `SELECT submitter_port."organizationId" FROM exhibition_submission submitter_port WHERE submitter_port.id = ${s.submission}`;

/**
 * The one definition of who hears of each exhibition event, as SQL yielding the organisations'
 * "organizationId" (the notices of libs/notifications join it; so does the test below):
 * - `exhibition.invitation` → the invited manufacturer organisation;
 * - `submission.created`, `submission.resubmitted` → the exhibition's organiser organisation;
 * - `submission.decided` → the need's organisation (the payload carries `decision` and `reason`);
 * - `exhibition.published` → the invited organisations and those with approved needs in it,
 *   never the organiser itself.
 */
export function exhibitionAudienceSql(type: ExhibitionEventName, s: AudienceSubject): string {
  switch (type) {
    case 'exhibition.invitation':
      return `SELECT (${s.organization})::uuid AS "organizationId"`;
    case 'submission.created':
    case 'submission.resubmitted':
      return ORGANISER(s);
    case 'submission.decided':
      return SUBMITTER(s);
    case 'exhibition.published':
      return `(${INVITED(s)} UNION ${APPROVED_SUBMITTERS(s)}) EXCEPT ${ORGANISER(s)}`;
  }
}

/** The params every exhibition notice names, as a jsonb SQL expression of the exhibition id. */
export function exhibitionNoticeParamsSql(exhibition: string): string {
  return `(SELECT jsonb_build_object('exhibitionId', ex_port.id, 'exhibitionTitle', ex_port.title,
                 'city', ex_port.city, 'startsAt', ex_port."startsAt",
                 'submissionDeadline', ex_port."submissionDeadline")
             FROM exhibition ex_port WHERE ex_port.id = ${exhibition})`;
}

/** The organiser organisation of an exhibition, as an SQL scalar subquery. */
export function exhibitionOrganiserSql(exhibition: string): string {
  return `(${ORGANISER({ exhibition, submission: 'NULL', organization: 'NULL' })})`;
}

/** A submission's exhibition, need and reason, as a SELECT yielding "exhibitionId", "needId", reason. */
export function submissionSql(submission: string): string {
  return `SELECT sub_port."exhibitionId", sub_port."needId", sub_port.reason
            FROM exhibition_submission sub_port WHERE sub_port.id = ${submission}`;
}

/** Who hears of an event, resolved to members (for callers outside SQL, and for the test). */
export async function exhibitionEventAudience(
  db: Queryable,
  event: ExhibitionEvent,
): Promise<ExhibitionAudience> {
  const p = event.payload as Partial<
    Record<'exhibitionId' | 'submissionId' | 'organizationId', string>
  >;
  const audience = exhibitionAudienceSql(event.type, {
    exhibition: 'subject.exhibition',
    submission: 'subject.submission',
    organization: 'subject.organization',
  });
  // Every parameter typed once, whichever of them this event's audience reads.
  const rows = (await db.query(
    `SELECT a."organizationId", mem."userId"
       FROM (SELECT $1::uuid AS exhibition, $2::uuid AS submission, $3::uuid AS organization,
                    $4::uuid AS actor) subject
       JOIN LATERAL (${audience}) a ON true
       LEFT JOIN LATERAL (${membersOfSql('a."organizationId"')}) mem
              ON subject.actor IS NULL OR mem."userId" <> subject.actor`,
    [
      p.exhibitionId ?? null,
      p.submissionId ?? null,
      p.organizationId ?? null,
      event.payload.actorId,
    ],
  )) as Array<{ organizationId: string; userId: string | null }>;
  const organizationIds = [...new Set(rows.map((r) => r.organizationId))].sort();
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))].sort();
  return { organizationIds, userIds };
}
