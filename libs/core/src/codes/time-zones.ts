/** Whether `value` is an IANA time zone this runtime knows (`Asia/Tehran`, `Europe/Istanbul`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The usual time zone in `country` (of a need, of a fair) where none is named: Tehran, Istanbul, else UTC. */
export function countryTimeZone(country: string): string {
  switch (country.toUpperCase()) {
    case 'IR':
      return 'Asia/Tehran';
    case 'TR':
      return 'Europe/Istanbul';
    default:
      return 'UTC';
  }
}
