import { localizeProblem } from '@niaz/core';
import './problem-wording';
import { ZIP_REFUSALS } from './zip-check';

const problem = (code: string, params?: Record<string, string | number>) => ({
  type: 'https://niaz.app/problems/archive-refused',
  title: 'Archive refused',
  status: 422,
  detail: 'The ZIP file holds something Niaz does not accept.',
  errors: [{ field: 'file', message: 'English', code, ...(params ? { params } : {}) }],
});

describe('attachment problems in fa/tr', () => {
  it.each(['fa', 'tr'] as const)('words every ZIP refusal in %s, naming the entry', (lang) => {
    for (const code of ZIP_REFUSALS) {
      const worded = localizeProblem(problem(code, { entry: 'a/b.pdf' }), lang);
      expect(worded.errors?.[0].message).not.toBe('English');
      expect(worded.errors?.[0].message).toContain('a/b.pdf');
      expect(worded.errors?.[0].code).toBe(code);
      expect(worded.detail).not.toMatch(/ZIP file holds/);
    }
  });

  it('writes limits in the reader’s digits', () => {
    const fa = localizeProblem(problem('attachmentTooLarge', { limit: 25 }), 'fa');
    expect(fa.errors?.[0].message).toBe('حجم پرونده باید حداکثر ۲۵ مگابایت باشد.');
    expect(
      localizeProblem(problem('attachmentTooLarge', { limit: 25 }), 'tr').errors?.[0].message,
    ).toBe('Dosya en fazla 25 MB olabilir.');
    expect(
      localizeProblem(problem('attachmentTooLarge', { limit: 25 }), 'en').errors?.[0].message,
    ).toBe('English');
  });
});
