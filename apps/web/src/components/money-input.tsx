import { useTranslation } from 'react-i18next';
import { toAsciiDigits } from '../i18n/format';
import { Field } from './field';

export const CURRENCIES = ['IRR', 'EUR', 'USD', 'TRY', 'CNY', 'AED'];

export interface MoneyDraft {
  amount: string;
  currency: string;
}

/** `{amount, currency}` for the API, or undefined when no amount was typed. */
export function moneyPayload(m: MoneyDraft): { amount: string; currency: string } | undefined {
  const amount = toAsciiDigits(m.amount).trim();
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

/** An amount (Persian digits accepted) with its currency, as two labelled inputs. */
export function MoneyInput({ label, value, onChange, errors, name, required }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="money">
      <legend>{label}</legend>
      <div className="row">
        <Field
          label={t('money.amount')}
          error={errors[`${name}.amount`] ?? errors[name]}
          required={required}
        >
          <input
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            value={value.amount}
            onChange={(e) => onChange({ ...value, amount: e.target.value })}
          />
        </Field>
        <Field label={t('money.currency')} error={errors[`${name}.currency`]}>
          <select
            value={value.currency}
            onChange={(e) => onChange({ ...value, currency: e.target.value })}
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {t(`currency.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
