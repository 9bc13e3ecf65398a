import { useMemo } from 'react';
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneChoices, zoneLabel } from '../i18n/format';
import { useLang } from './hooks';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
};

/**
 * An IANA zone: Tehran and Istanbul (where most needs are) and the reader's own first, each
 * with its name in the reader's language; every other zone after them, by its IANA name.
 */
export function TimeZoneSelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { first, rest: others } = useMemo(() => timeZoneChoices(value), [value]);
  const now = new Date();
  const label = (z: string) => `${zoneLabel(now, z, lang)} · ${z.replace(/_/g, ' ')}`;
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <optgroup label={t('timeZone.common')}>
        {first.map((z) => (
          <option key={z} value={z}>
            {label(z)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('timeZone.all')}>
        {others.map((z) => (
          <option key={z} value={z} dir="ltr">
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
