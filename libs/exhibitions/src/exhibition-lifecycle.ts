/** The states of an exhibition, of a need's submission to it, and the only moves between them. Pure. */
export const EXHIBITION_STATUSES = ['draft', 'published', 'closed'] as const;
export type ExhibitionStatus = (typeof EXHIBITION_STATUSES)[number];

export const EXHIBITION_ACTIONS = ['publish', 'close', 'edit', 'invite'] as const;
export type ExhibitionAction = (typeof EXHIBITION_ACTIONS)[number];

const EXHIBITION_TRANSITIONS: Record<
  ExhibitionAction,
  Partial<Record<ExhibitionStatus, ExhibitionStatus>>
> = {
  publish: { draft: 'published' },
  close: { published: 'closed' },
  // Organisers keep curating a running fair; a closed one is history.
  edit: { draft: 'draft', published: 'published' },
  invite: { draft: 'draft', published: 'published' },
};

/** The status after `action`, or null when the move is illegal (the API answers 409). */
export function nextExhibitionStatus(
  from: ExhibitionStatus,
  action: ExhibitionAction,
): ExhibitionStatus | null {
  return EXHIBITION_TRANSITIONS[action][from] ?? null;
}

/** Anyone may read published and closed exhibitions and their catalogs. */
export function isPublicExhibition(status: ExhibitionStatus): boolean {
  return status === 'published' || status === 'closed';
}

export const SUBMISSION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'changes_requested',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_ACTIONS = ['approve', 'reject', 'requestChanges', 'resubmit'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

const SUBMISSION_TRANSITIONS: Record<
  SubmissionAction,
  Partial<Record<SubmissionStatus, SubmissionStatus>>
> = {
  approve: { pending: 'approved' },
  // An organiser may take an approved need out of the catalog again, with a reason.
  reject: { pending: 'rejected', approved: 'rejected', changes_requested: 'rejected' },
  requestChanges: { pending: 'changes_requested', approved: 'changes_requested' },
  // The need owner changed the need and proposes it again; rejection is final.
  resubmit: { changes_requested: 'pending' },
};

export function nextSubmissionStatus(
  from: SubmissionStatus,
  action: SubmissionAction,
): SubmissionStatus | null {
  return SUBMISSION_TRANSITIONS[action][from] ?? null;
}

/** The decision an organiser's action records (the `submission.decided` event's `decision`). */
export type SubmissionDecision = 'approved' | 'rejected' | 'changes_requested';
