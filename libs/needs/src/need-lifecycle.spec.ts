import {
  NEED_ACTIONS,
  NEED_STATUSES,
  NeedAction,
  NeedStatus,
  nextNeedStatus,
} from './need-lifecycle';

/** Every legal move; every other (status, action) pair must be refused. */
const LEGAL: Array<[NeedStatus, NeedAction, NeedStatus]> = [
  ['draft', 'publish', 'open'],
  ['draft', 'cancel', 'cancelled'],
  ['open', 'startEvaluation', 'evaluating'],
  ['open', 'expire', 'expired'],
  ['open', 'award', 'awarded'],
  ['open', 'close', 'closed'],
  ['open', 'cancel', 'cancelled'],
  ['evaluating', 'award', 'awarded'],
  ['evaluating', 'close', 'closed'],
  ['evaluating', 'cancel', 'cancelled'],
];

describe('need lifecycle', () => {
  const table = NEED_STATUSES.flatMap((from) =>
    NEED_ACTIONS.map((action) => {
      const legal = LEGAL.find(([f, a]) => f === from && a === action);
      return [from, action, legal ? legal[2] : null] as const;
    }),
  );

  it.each(table)('%s --%s--> %s', (from, action, expected) => {
    expect(nextNeedStatus(from, action)).toBe(expected);
  });

  it('covers all 42 pairs, 10 of them legal', () => {
    // Counted from the rule itself, against fixed figures: a new status or move must be listed.
    const pairs = NEED_STATUSES.flatMap((from) => NEED_ACTIONS.map((action) => [from, action]));
    expect(pairs).toHaveLength(42);
    const moves = pairs.filter(([from, action]) =>
      nextNeedStatus(from as NeedStatus, action as NeedAction),
    );
    expect(moves).toHaveLength(10);
    expect(LEGAL).toHaveLength(10);
  });

  it('never leaves a final state', () => {
    for (const final of ['awarded', 'closed', 'cancelled', 'expired'] as const) {
      for (const action of NEED_ACTIONS) expect(nextNeedStatus(final, action)).toBeNull();
    }
  });
});
