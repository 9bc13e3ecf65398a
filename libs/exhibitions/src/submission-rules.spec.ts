import { decideSubmission, SubmissionFacts } from './submission-rules';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const open = { status: 'open', publishedAt: new Date(NOW - 86_400_000) };
const base: SubmissionFacts = {
  exhibition: { status: 'published', submissionDeadline: new Date(NOW + 86_400_000) },
  need: open,
  callerOwnsNeed: true,
  needOrganizationInvited: false,
  existing: null,
  now: NOW,
};
const outcome = (change: Partial<SubmissionFacts>) => {
  try {
    return decideSubmission({ ...base, ...change }).verdict;
  } catch (e) {
    const p = e as { getStatus(): number; getResponse(): { slug?: string; type?: string } };
    return `${p.getStatus()}`;
  }
};

describe('submission rules', () => {
  it('creates a first submission of an open need of the caller, before the deadline', () => {
    expect(outcome({})).toBe('create');
    expect(decideSubmission(base).need).toBe(open);
  });

  it.each<[string, Partial<SubmissionFacts>, string]>([
    ['no such need', { need: null }, '400'],
    [
      "someone else's never-published need looks like no need",
      { need: { status: 'draft', publishedAt: null }, callerOwnsNeed: false },
      '400',
    ],
    ["someone else's published need", { callerOwnsNeed: false }, '403'],
    ['a closed exhibition', { exhibition: { ...base.exhibition, status: 'closed' } }, '409'],
    [
      'a draft exhibition, not invited',
      { exhibition: { ...base.exhibition, status: 'draft' } },
      '403',
    ],
    ['already pending', { existing: 'pending' }, '409'],
    ['already approved', { existing: 'approved' }, '409'],
    [
      'after the deadline',
      { exhibition: { ...base.exhibition, submissionDeadline: new Date(NOW - 1) } },
      '409',
    ],
    ['an own draft need', { need: { status: 'draft', publishedAt: null } }, '409'],
    ['an awarded need', { need: { status: 'awarded', publishedAt: open.publishedAt } }, '409'],
  ])('refuses %s', (_, change, status) => {
    expect(outcome(change)).toBe(status);
  });

  it('lets an invited organisation submit to a draft exhibition', () => {
    expect(
      outcome({
        exhibition: { ...base.exhibition, status: 'draft' },
        needOrganizationInvited: true,
      }),
    ).toBe('create');
  });

  it('resubmits after a request for changes, even past the deadline', () => {
    const late = { ...base.exhibition, submissionDeadline: new Date(NOW - 1) };
    expect(outcome({ existing: 'changes_requested', exhibition: late })).toBe('resubmit');
  });

  it('checks ownership before the exhibition, so a stranger learns nothing of its state', () => {
    expect(
      outcome({ callerOwnsNeed: false, exhibition: { ...base.exhibition, status: 'closed' } }),
    ).toBe('403');
  });
});
