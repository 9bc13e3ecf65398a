import { problems } from '@niaz/core';
import type { ExhibitionStatus, SubmissionStatus } from './exhibition-lifecycle';

/** What `POST /exhibitions/:id/submissions` decides on, read in one transaction. */
type NeedFacts = { status: string; publishedAt: Date | null };

export interface SubmissionFacts<N extends NeedFacts = NeedFacts> {
  exhibition: { status: ExhibitionStatus; submissionDeadline: Date };
  /** The need named by the request; null when there is none. */
  need: N | null;
  /** The caller is a member of the need's organisation. */
  callerOwnsNeed: boolean;
  /** The need's organisation is invited (read only for a draft exhibition). */
  needOrganizationInvited: boolean;
  /** The status of this need's submission to this exhibition, if there is one. */
  existing: SubmissionStatus | null;
  now: number;
}

/**
 * The submission rules, in the order a caller meets them: a need the caller may submit (else
 * 400 naming `needId`, never telling whether someone else's draft exists), of the caller's
 * organisation (403), to an exhibition not closed (409), when still a draft only by an invited
 * organisation (403); a need already submitted is resubmitted after a request for changes
 * (else 409); a new submission before the deadline (409) of an open need (409).
 */
export function decideSubmission<N extends NeedFacts>(
  f: SubmissionFacts<N>,
): { verdict: 'create' | 'resubmit'; need: N } {
  if (!f.need || (f.need.publishedAt === null && !f.callerOwnsNeed))
    throw problems.validation([
      {
        field: 'needId',
        message: 'needId does not name a need you can submit',
        code: 'unknownReference',
      },
    ]);
  if (!f.callerOwnsNeed) throw problems.forbidden("Only the need's organisation may submit it.");
  if (f.exhibition.status === 'closed') throw problems.illegalTransition('closed', 'submit');
  if (f.exhibition.status === 'draft' && !f.needOrganizationInvited)
    throw problems.forbidden(
      'Until the exhibition is published, only invited organisations submit needs to it.',
    );
  if (f.existing) {
    if (f.existing !== 'changes_requested')
      throw problems.conflict(
        `This need is already submitted (status ${f.existing}).`,
        'duplicate-submission',
      );
    return { verdict: 'resubmit', need: f.need };
  }
  if (f.exhibition.submissionDeadline.getTime() < f.now)
    throw problems.conflict(
      'The submission deadline of this exhibition has passed.',
      'submission-deadline-passed',
    );
  if (f.need.status !== 'open') throw problems.illegalTransition(f.need.status, 'submit');
  return { verdict: 'create', need: f.need };
}
