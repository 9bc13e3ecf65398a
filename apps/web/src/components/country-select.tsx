import { useMemo } from 'react';
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from './hooks';

/** Countries the marketplace meets most (ISO 3166-1 alpha-2); names come from Intl. */
export const COUNTRIES = [
  'IR',
  'TR',
  'AF',
  'AM',
  'AZ',
  'IQ',
  'AE',
  'OM',
  'QA',
  'SA',
  'PK',
  'TM',
  'UZ',
  'KZ',
  'RU',
  'CN',
  'IN',
  'KR',
  'JP',
  'DE',
  'IT',
  'FR',
  'ES',
  'NL',
  'GB',
  'CH',
  'AT',
  'SE',
  'PL',
  'CZ',
  'US',
];

export function useCountryName(): (code: string | null | undefined) => string {
  const lang = useLang();
  return useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    return (code) => {
      if (!code) return '';
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [lang]);
}

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  allowEmpty?: boolean;
};

export function CountrySelect({ value, onChange, allowEmpty, ...rest }: Props) {
  const { t } = useTranslation();
  const name = useCountryName();
  const lang = useLang();
  const sorted = useMemo(
    () => [...COUNTRIES].sort((a, b) => name(a).localeCompare(name(b), lang)),
    [name, lang],
  );
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {allowEmpty ? <option value="">{t('common.none')}</option> : null}
      {sorted.map((code) => (
        <option key={code} value={code}>
          {name(code)}
        </option>
      ))}
    </select>
  );
}
