import type { Need } from './need.entity';
import { bidsOpened } from './need-access';

const DEADLINE = Date.parse('2026-03-01T12:00:00Z');
const need = (bidsVisibleBeforeDeadline: boolean) =>
  ({ bidsVisibleBeforeDeadline, bidDeadline: new Date(DEADLINE) }) as Need;

/** The sealing rule: a sealed need's bids open at the deadline, for everyone at once. */
describe('bidsOpened (the sealing rule)', () => {
  it('keeps sealed bids closed until the deadline, to the owner too', () => {
    expect(bidsOpened(need(false), DEADLINE - 1)).toBe(false);
    expect(bidsOpened(need(false), DEADLINE - 86_400_000)).toBe(false);
  });

  it('opens them at the deadline and after', () => {
    expect(bidsOpened(need(false), DEADLINE)).toBe(true);
    expect(bidsOpened(need(false), DEADLINE + 1)).toBe(true);
  });

  it('shows bids at once when the need was published with visible bids', () => {
    expect(bidsOpened(need(true), DEADLINE - 86_400_000)).toBe(true);
  });
});
