import { localizeProblem, pickLanguage } from './problem-language';
import type { ProblemDocument } from './problem';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fa', 'fa'],
    ['fa-IR,fa;q=0.9,en;q=0.8', 'fa'],
    ['tr-TR', 'tr'],
    ['de-DE, en;q=0.5, tr;q=0.7', 'tr'],
    ['en;q=0.1, fa;q=0.9', 'fa'],
    ['fa;q=0, tr', 'tr'],
    ['de, fr', 'en'],
    [['tr', 'fa'], 'tr'],
  ])('%j → %s', (header, lang) => {
    expect(pickLanguage(header as string | string[] | undefined)).toBe(lang);
  });
});

describe('localizeProblem', () => {
  const problem: ProblemDocument = {
    type: 'https://niaz.app/problems/validation',
    title: 'Invalid request',
    status: 400,
    detail: 'The request has invalid fields.',
    errors: [
      {
        field: 'title',
        message: 'title must be longer than or equal to 3 characters',
        code: 'minLength',
      },
      { field: 'hsCodes', message: 'hsCodes must hold HS codes', code: 'someCustomRule' },
    ],
  };

  it('leaves English as written', () => {
    expect(localizeProblem(problem, 'en')).toBe(problem);
  });

  it('writes title, standard detail and known field messages in Persian and Turkish', () => {
    const fa = localizeProblem(problem, 'fa');
    expect(fa.title).toBe('درخواست نادرست');
    expect(fa.detail).toBe('برخی از فیلدهای درخواست نادرست‌اند.');
    expect(fa.errors?.[0]).toEqual({
      field: 'title',
      code: 'minLength',
      message: '«title» کوتاه‌تر از حد مجاز است.',
    });
    // An unknown code keeps its English message; the field and code never change.
    expect(fa.errors?.[1]).toEqual(problem.errors?.[1]);
    const tr = localizeProblem(problem, 'tr');
    expect(tr.title).toBe('Hatalı istek');
    expect(tr.errors?.[0].message).toBe('"title" çok kısa.');
    expect(tr.type).toBe(problem.type);
    expect(tr.status).toBe(400);
  });

  it('fills the holes of patterned details', () => {
    const conflict = localizeProblem(
      { type: 'x', title: 'Conflict', status: 409, detail: 'Cannot publish when status is open.' },
      'tr',
    );
    expect(conflict.detail).toBe('"open" durumundayken bu işlem (publish) yapılamaz.');
    const free = localizeProblem(
      { type: 'x', title: 'Conflict', status: 409, detail: 'Your organisation owns this need.' },
      'fa',
    );
    expect(free.detail).toBe('Your organisation owns this need.');
  });
});

describe('the API’s own validation rules', () => {
  it('words them from code and params, digits in the reader’s script', () => {
    const problem: ProblemDocument = {
      type: 'https://niaz.app/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [
        {
          field: 'localContentPercent',
          message: 'localContentPercent must be at least 60 for this need',
          code: 'minLocalContent',
          params: { limit: 60 },
        },
      ],
    };
    expect(localizeProblem(problem, 'fa').errors?.[0]).toMatchObject({
      code: 'minLocalContent',
      message: 'سهم ساخت داخل برای این نیاز باید دست‌کم ۶۰٪ باشد.',
    });
    expect(localizeProblem(problem, 'tr').errors?.[0].message).toBe(
      'Bu ihtiyaç için yerli katkı en az %60 olmalıdır.',
    );
  });
});
