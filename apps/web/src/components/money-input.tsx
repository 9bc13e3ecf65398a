import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalInputError } from '../api/problem';
import { formatMoney, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { editableNumber, parseLocalNumber } from '../i18n/numbers';
import { Field } from './field';
import { useLang } from './hooks';

export const CURRENCIES = ['IRR', 'EUR', 'USD', 'TRY', 'CNY', 'AED'];

/** The currencies one may choose, as a select's options, each named in the reader's language. */
export function CurrencyOptions() {
  const { t } = useTranslation();
  return CURRENCIES.map((c) => (
    <option key={c} value={c}>
      {t(`currency.${c}`)}
    </option>
  ));
}

/** The error fields a MoneyInput named `name` shows: its amount, its currency, the whole. */
export const moneyFields = (name: string) => [`${name}.amount`, `${name}.currency`, name];

export interface MoneyDraft {
  amount: string;
  currency: string;
}

/** How one typed number is read in `lang`; an example of the right way in the message. */
function problemText(problem: string, lang: Lang, t: TFunction): string {
  const example = { fa: '۳٬۹۵۰٫۵', tr: '3.950,5', en: '3,950.5' }[lang];
  return t(`number.${problem}`, { example });
}

/**
 * A number typed in `lang` as the API's plain decimal, or undefined when nothing was typed;
 * throws a LocalInputError naming `field` when it could mean two things or is no number.
 */
export function readNumber(
  text: string,
  lang: Lang,
  field: string,
  t: TFunction,
  maxFractionDigits = 4,
): string | undefined {
  const parsed = parseLocalNumber(text, lang, maxFractionDigits);
  if (!parsed.ok) throw new LocalInputError({ [field]: problemText(parsed.problem, lang, t) });
  return parsed.value;
}

/**
 * When the reader switches language, a number already typed is rewritten the new language's
 * way ("3,95" in Turkish becomes "3.95" in English), so it keeps its value.
 */
export function useNumberFollowsLanguage(text: string, set: (text: string) => void): void {
  const lang = useLang();
  const previous = useRef(lang);
  useEffect(() => {
    const from = previous.current;
    if (from === lang) return;
    previous.current = lang;
    const parsed = parseLocalNumber(text, from);
    if (parsed.ok && parsed.value !== undefined) set(editableNumber(parsed.value, lang));
    // Only a change of language rewrites; typing does not.
  }, [lang]);
}

/** `{amount, currency}` for the API, or undefined when no amount was typed. */
export function moneyPayload(
  m: MoneyDraft,
  lang: Lang,
  name: string,
  t: TFunction,
): { amount: string; currency: string } | undefined {
  const amount = readNumber(m.amount, lang, `${name}.amount`, t);
  return amount ? { amount, currency: m.currency } : undefined;
}

interface Props {
  label: string;
  value: MoneyDraft;
  onChange: (value: MoneyDraft) => void;
  /** Errors keyed by API field path: `<name>`, `<name>.amount`, `<name>.currency`. */
  errors: Record<string, string | undefined>;
  name: string;
  required?: boolean;
}

/**
 * An amount typed the reader's way (Turkish "3.950,5", Persian "۳٬۹۵۰٫۵", English "3,950.5")
 * with its currency; what it reads is shown back formatted, and an amount that could mean two
 * numbers is refused on the spot.
 */
export function MoneyInput({ label, value, onChange, errors, name, required }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  useNumberFollowsLanguage(value.amount, (amount) => onChange({ ...value, amount }));
  const parsed = parseLocalNumber(value.amount, lang);
  const localError = parsed.ok ? undefined : problemText(parsed.problem, lang, t);
  const readBack =
    parsed.ok && parsed.value !== undefined
      ? t('money.readBack', {
          value: formatMoney({ amount: parsed.value, currency: value.currency }, lang),
        })
      : t('money.howToType', { example: formatNumber(3950.5, lang) });
  return (
    <fieldset className="money">
      <legend>{label}</legend>
      <div className="row">
        <Field
          label={t('money.amount')}
          error={errors[`${name}.amount`] ?? errors[name] ?? localError}
          hint={<span data-testid={`${name}-read-back`}>{readBack}</span>}
          required={required}
        >
          <input
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            name={`${name}.amount`}
            value={value.amount}
            onChange={(e) => onChange({ ...value, amount: e.target.value })}
          />
        </Field>
        <Field label={t('money.currency')} error={errors[`${name}.currency`]}>
          <select
            name={`${name}.currency`}
            value={value.currency}
            onChange={(e) => onChange({ ...value, currency: e.target.value })}
          >
            <CurrencyOptions />
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
