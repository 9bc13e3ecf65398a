import { scheduleErrors } from './exhibition-schedule';

const d = (s: string) => new Date(s);
const fields = (s: Parameters<typeof scheduleErrors>[0]) => scheduleErrors(s).map((e) => e.field);

describe('exhibition schedule', () => {
  const ok = {
    startsAt: d('2027-01-21T06:30:00Z'),
    endsAt: d('2027-04-20T14:30:00Z'),
    submissionDeadline: d('2027-01-10T20:30:00Z'),
  };

  it('accepts a fair whose deadline is before it starts, during it, or at its end', () => {
    expect(scheduleErrors(ok)).toEqual([]);
    expect(scheduleErrors({ ...ok, submissionDeadline: d('2027-02-01T00:00:00Z') })).toEqual([]);
    expect(scheduleErrors({ ...ok, submissionDeadline: ok.endsAt })).toEqual([]);
  });

  it('refuses an end at or before the start', () => {
    expect(fields({ ...ok, endsAt: ok.startsAt })).toEqual(['endsAt']);
    expect(
      fields({
        ...ok,
        endsAt: d('2026-12-01T00:00:00Z'),
        submissionDeadline: d('2026-11-01T00:00:00Z'),
      }),
    ).toEqual(['endsAt']);
  });

  it('refuses a submission deadline after the end', () => {
    expect(fields({ ...ok, submissionDeadline: d('2027-04-20T14:30:00.001Z') })).toEqual([
      'submissionDeadline',
    ]);
  });

  it('refuses dates outside 2000–2100 and names each', () => {
    expect(fields({ ...ok, startsAt: d('1999-12-31T00:00:00Z') })).toEqual(['startsAt']);
    expect(
      fields({ ...ok, endsAt: d('2100-01-01T00:00:00Z'), submissionDeadline: d('invalid') }),
    ).toEqual(['endsAt', 'submissionDeadline']);
  });
});
