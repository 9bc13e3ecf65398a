import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DayParts,
  daysInGregorianMonth,
  daysInJalaliMonth,
  fromZonedParts,
  gregorianToJalali,
  jalaliToGregorian,
  zonedParts,
} from '../i18n/calendar';
import { formatDateTime, formatInZones, formatNumber, localeOf } from '../i18n/format';
import { useLang } from './hooks';

interface Props {
  legend: string;
  /** ISO 8601 instant, or '' when not chosen yet. */
  value: string;
  onChange: (iso: string) => void;
  error?: string | null;
  /** IANA zone whose clock the inputs show (a need's own zone); the browser's when absent. */
  timeZone?: string;
}

const YEARS_AHEAD = 3;

/**
 * A date-and-time picker in the reader's calendar: in Persian the day, month and year are
 * Solar Hijri (month names and digits from Intl), otherwise Gregorian. The value is an
 * ISO instant; the chosen moment is repeated in words under the inputs.
 */
export function DeadlineInput({ legend, value, onChange, error, timeZone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const jalali = lang === 'fa';
  const date = value ? new Date(value) : null;
  const local = zonedParts(date ?? new Date(Date.now() + 30 * 86400_000), timeZone);
  const shown: DayParts = jalali ? gregorianToJalali(local) : local;
  const time = local.time;

  const monthNames = useMemo(() => {
    const fmt = new Intl.DateTimeFormat(localeOf(lang), { month: 'long' });
    return Array.from({ length: 12 }, (_, i) => {
      const g = jalali
        ? jalaliToGregorian({ year: 1404, month: i + 1, day: 15 })
        : { year: 2025, month: i + 1, day: 15 };
      return fmt.format(new Date(g.year, g.month - 1, g.day));
    });
  }, [lang, jalali]);

  const today = zonedParts(new Date(), timeZone);
  const thisYear = (jalali ? gregorianToJalali(today) : today).year;
  const years = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => thisYear + i);
  const days = jalali
    ? daysInJalaliMonth(shown.year, shown.month)
    : daysInGregorianMonth(shown.year, shown.month);

  const emit = (next: DayParts, nextTime: string) => {
    const maxDay = jalali
      ? daysInJalaliMonth(next.year, next.month)
      : daysInGregorianMonth(next.year, next.month);
    const clamped = { ...next, day: Math.min(next.day, maxDay) };
    const g = jalali ? jalaliToGregorian(clamped) : clamped;
    const instant = fromZonedParts(g, nextTime, timeZone);
    if (instant) onChange(instant.toISOString());
  };

  const errorId = useId();
  return (
    <fieldset
      className={`deadline${error ? ' field--error' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="row row--tight">
        <div className="stack">
          <label htmlFor={`${errorId}-d`}>{t('deadline.day')}</label>
          <select
            id={`${errorId}-d`}
            value={shown.day}
            onChange={(e) => emit({ ...shown, day: Number(e.target.value) }, time)}
          >
            {Array.from({ length: days }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {formatNumber(d, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="stack">
          <label htmlFor={`${errorId}-m`}>{t('deadline.month')}</label>
          <select
            id={`${errorId}-m`}
            value={shown.month}
            onChange={(e) => emit({ ...shown, month: Number(e.target.value) }, time)}
          >
            {monthNames.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="stack">
          <label htmlFor={`${errorId}-y`}>{t('deadline.year')}</label>
          <select
            id={`${errorId}-y`}
            value={shown.year}
            onChange={(e) => emit({ ...shown, year: Number(e.target.value) }, time)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {new Intl.NumberFormat(localeOf(lang), { useGrouping: false }).format(y)}
              </option>
            ))}
          </select>
        </div>
        <div className="stack">
          <label htmlFor={`${errorId}-t`}>{t('deadline.time')}</label>
          <input
            id={`${errorId}-t`}
            type="time"
            dir="ltr"
            value={time}
            onChange={(e) => emit(shown, e.target.value)}
          />
        </div>
      </div>
      <p className="hint" aria-live="polite">
        {date
          ? t('deadline.chosen', {
              when: timeZone
                ? formatInZones(value, timeZone, timeZone, lang)
                    .map((z) => `${z.text} (${z.zoneName})`)
                    .join('')
                : formatDateTime(value, lang),
            })
          : t('deadline.notChosen')}
      </p>
      {error ? (
        <p className="error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
