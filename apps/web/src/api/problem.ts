import i18next from 'i18next';

/** An RFC 9457 problem from the API, with its field errors keyed by field path. */
export interface FieldError {
  field: string;
  message: string;
  /** The rule that failed: worded by this app in the reader's language when it knows it. */
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * A field error as the reader reads it beside the field: from its code in the page's language
 * (no raw field names like "localContentPercent"), else the API's own (already localised) text.
 */
export function wordFieldError(e: FieldError): string {
  const key = e.code ? `fieldError.${e.code}` : '';
  if (!key || !i18next.exists(key)) return e.message;
  const lang = i18next.resolvedLanguage ?? i18next.language;
  const limit = e.params?.limit;
  const shown =
    typeof limit === 'number'
      ? new Intl.NumberFormat(lang === 'fa' ? 'fa-IR-u-nu-arabext' : lang).format(limit)
      : limit;
  return i18next.t(key, { ...e.params, limit: shown ?? '' });
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;

  constructor(status: number, problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** `{ 'price.amount': 'amount must be …' }`: the first message per field. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      const key = normalizeField(e.field);
      if (!(key in out)) out[key] = wordFieldError(e);
    }
    return out;
  }
}

/** `hsCodes[0]` and `hsCodes.0` both name the hsCodes input; nested paths keep their dots. */
export function normalizeField(field: string): string {
  return field.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
}

/** What the browser refused before sending (e.g. an amount that could mean two numbers). */
export class LocalInputError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(' '));
  }
}

/** Splits an error into what sits beside inputs we have and what the form shows on top. */
export function splitProblem(
  error: unknown,
  knownFields: readonly string[],
): { fields: Record<string, string>; form: string | null; status: number | null } {
  if (error instanceof LocalInputError) return { fields: error.fields, form: null, status: null };
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      form: error instanceof Error ? error.message : String(error),
      status: null,
    };
  }
  const all = error.fieldErrors;
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(all)) {
    const target = knownFields.includes(field)
      ? field
      : knownFields.find((k) => field.startsWith(`${k}.`));
    if (target && !(target in fields)) fields[target] = message;
    else if (!target) rest.push(message);
  }
  const hasFields = Object.keys(fields).length > 0;
  const form = rest.length ? rest.join(' ') : hasFields ? null : error.message;
  return { fields, form, status: error.status };
}
