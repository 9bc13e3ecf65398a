import { flattenValidationErrors } from './validation.pipe';

describe('flattenValidationErrors', () => {
  it('keeps the rule as a code and its limit as a param', () => {
    const out = flattenValidationErrors([
      {
        property: 'reason',
        constraints: { minLength: 'reason must be longer than or equal to 3 characters' },
        children: [
          {
            property: 'amount',
            constraints: { matches: 'amount must be a decimal' },
            children: [],
          },
        ],
      },
    ]);
    expect(out).toEqual([
      {
        field: 'reason',
        message: 'reason must be longer than or equal to 3 characters',
        code: 'minLength',
        params: { limit: 3 },
      },
      { field: 'reason.amount', message: 'amount must be a decimal', code: 'matches' },
    ]);
  });
});
