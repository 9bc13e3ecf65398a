import type { OutboxEvents } from '@niaz/jobs';
import type { Queryable } from './exhibition-membership';

/** The exhibition events that someone should hear of. */
export type ExhibitionEventName =
  | 'exhibition.published'
  | 'exhibition.closed'
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

const ORGANISER = `SELECT e."organizationId" AS id FROM exhibition e WHERE e.id = $1`;
const INVITED = `SELECT i."organizationId" AS id FROM exhibition_invitation i WHERE i."exhibitionId" = $1`;
const APPROVED_SUBMITTERS = `SELECT s."organizationId" AS id FROM exhibition_submission s WHERE s."exhibitionId" = $1 AND s.status = 'approved'`;
// The need's organisation today (a submission keeps the one it was made for; they agree).
const NEED_OWNER = `SELECT n."organizationId" AS id FROM exhibition_submission s JOIN need n ON n.id = s."needId" WHERE s.id = $1`;

/**
 * Who hears of each exhibition event (for the notifications worker, issue 10):
 * - `exhibition.invitation` → the invited manufacturer organisation;
 * - `submission.created`, `submission.resubmitted` → the exhibition's organiser organisation;
 * - `submission.decided` → the need's organisation (the payload carries `decision` and `reason`);
 * - `exhibition.published` → the invited organisations and those with approved needs in it;
 * - `exhibition.closed` → the organisations with approved needs in it.
 * The organiser organisation itself is never told of its own exhibition's publication or close.
 */
export async function exhibitionEventAudience(
  db: Queryable,
  event: ExhibitionEvent,
): Promise<ExhibitionAudience> {
  let sql: string;
  let param: string;
  switch (event.type) {
    case 'exhibition.invitation':
      return withMembers(db, [event.payload.organizationId], event.payload.actorId);
    case 'submission.created':
    case 'submission.resubmitted':
      sql = ORGANISER;
      param = event.payload.exhibitionId;
      break;
    case 'submission.decided':
      sql = NEED_OWNER;
      param = event.payload.submissionId;
      break;
    case 'exhibition.published':
      sql = `${INVITED} UNION ${APPROVED_SUBMITTERS} EXCEPT ${ORGANISER}`;
      param = event.payload.exhibitionId;
      break;
    case 'exhibition.closed':
      sql = `${APPROVED_SUBMITTERS} EXCEPT ${ORGANISER}`;
      param = event.payload.exhibitionId;
      break;
    default: {
      const never: never = event;
      throw new Error(`no audience for ${(never as { type: string }).type}`);
    }
  }
  const rows = (await db.query(sql, [param])) as Array<{ id: string }>;
  return withMembers(
    db,
    rows.map((r) => r.id),
    event.payload.actorId,
  );
}

async function withMembers(
  db: Queryable,
  organizationIds: string[],
  actorId: string | null,
): Promise<ExhibitionAudience> {
  const orgs = [...new Set(organizationIds)].sort();
  if (orgs.length === 0) return { organizationIds: [], userIds: [] };
  const rows = (await db.query(
    `SELECT DISTINCT m."userId" FROM membership m
      WHERE m."organizationId" = ANY($1::uuid[]) AND ($2::uuid IS NULL OR m."userId" <> $2)
      ORDER BY m."userId"`,
    [orgs, actorId],
  )) as Array<{ userId: string }>;
  return { organizationIds: orgs, userIds: rows.map((r) => r.userId) };
}
