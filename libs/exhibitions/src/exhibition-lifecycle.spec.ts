import {
  EXHIBITION_ACTIONS,
  EXHIBITION_STATUSES,
  ExhibitionAction,
  ExhibitionStatus,
  nextExhibitionStatus,
  nextSubmissionStatus,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATUSES,
  SubmissionAction,
  SubmissionStatus,
} from './exhibition-lifecycle';

/** Every legal move; every other (status, action) pair must be refused. */
const EXHIBITION_LEGAL: Array<[ExhibitionStatus, ExhibitionAction, ExhibitionStatus]> = [
  ['draft', 'publish', 'published'],
  ['published', 'close', 'closed'],
  ['draft', 'edit', 'draft'],
  ['published', 'edit', 'published'],
  ['draft', 'invite', 'draft'],
  ['published', 'invite', 'published'],
];

const SUBMISSION_LEGAL: Array<[SubmissionStatus, SubmissionAction, SubmissionStatus]> = [
  ['pending', 'approve', 'approved'],
  ['pending', 'reject', 'rejected'],
  ['approved', 'reject', 'rejected'],
  ['changes_requested', 'reject', 'rejected'],
  ['pending', 'requestChanges', 'changes_requested'],
  ['approved', 'requestChanges', 'changes_requested'],
  ['changes_requested', 'resubmit', 'pending'],
];

function table<S extends string, A extends string>(
  statuses: readonly S[],
  actions: readonly A[],
  legal: Array<[S, A, S]>,
) {
  return statuses.flatMap((from) =>
    actions.map((action) => {
      const hit = legal.find(([f, a]) => f === from && a === action);
      return [from, action, hit ? hit[2] : null] as const;
    }),
  );
}

describe('exhibition lifecycle', () => {
  const rows = table(EXHIBITION_STATUSES, EXHIBITION_ACTIONS, EXHIBITION_LEGAL);

  it.each(rows)('%s --%s--> %s', (from, action, expected) => {
    expect(nextExhibitionStatus(from, action)).toBe(expected);
  });

  it('covers all 12 pairs, 6 of them legal', () => {
    expect(rows).toHaveLength(12);
    expect(rows.filter(([, , to]) => to !== null)).toHaveLength(EXHIBITION_LEGAL.length);
  });

  it('never leaves closed', () => {
    for (const action of EXHIBITION_ACTIONS)
      expect(nextExhibitionStatus('closed', action)).toBeNull();
  });
});

describe('submission lifecycle', () => {
  const rows = table(SUBMISSION_STATUSES, SUBMISSION_ACTIONS, SUBMISSION_LEGAL);

  it.each(rows)('%s --%s--> %s', (from, action, expected) => {
    expect(nextSubmissionStatus(from, action)).toBe(expected);
  });

  it('covers all 16 pairs, 7 of them legal', () => {
    expect(rows).toHaveLength(16);
    expect(rows.filter(([, , to]) => to !== null)).toHaveLength(SUBMISSION_LEGAL.length);
  });

  it('treats rejection as final', () => {
    for (const action of SUBMISSION_ACTIONS)
      expect(nextSubmissionStatus('rejected', action)).toBeNull();
  });
});
