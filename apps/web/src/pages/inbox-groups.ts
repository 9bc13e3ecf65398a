/** How the inbox is shown: one heading per day or per need, notices by time or by fit. */
export type InboxGrouping = 'day' | 'need';
export type InboxOrder = 'time' | 'score';

export interface InboxItem {
  id: string;
  createdAt: string;
  score?: number;
  needTitle?: string;
  refs: { needId?: string };
}

export interface InboxGroup<T extends InboxItem> {
  /** `YYYY-MM-DD` in the reader's zone, a need's id, or '' for notices about no need. */
  key: string;
  items: T[];
}

/** The calendar day of an instant in `timeZone` (the browser's when absent), as `YYYY-MM-DD`. */
export function dayKey(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

const newest = (a: InboxItem, b: InboxItem) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
const best = (a: InboxItem, b: InboxItem) => (b.score ?? -1) - (a.score ?? -1) || newest(a, b);

/**
 * Groups in order: by time, the group with the newest notice first; by fit, the group with
 * the best match first. Notices about no need gather last under ''.
 */
export function groupInbox<T extends InboxItem>(
  items: T[],
  grouping: InboxGrouping,
  order: InboxOrder,
  timeZone?: string,
): Array<InboxGroup<T>> {
  const cmp = order === 'score' ? best : newest;
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = grouping === 'day' ? dayKey(item.createdAt, timeZone) : (item.refs.needId ?? '');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const out = [...groups].map(([key, list]) => ({ key, items: list.sort(cmp) }));
  return out.sort((a, b) => {
    if (grouping === 'need' && (a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    if (grouping === 'day' && order === 'time') return b.key.localeCompare(a.key);
    return cmp(a.items[0], b.items[0]);
  });
}

/** "today", "yesterday" in the reader's language, else the day written out. */
export function dayHeading(
  key: string,
  locale: string,
  timeZone?: string,
  now = new Date(),
): string {
  const [y, m, d] = key.split('-').map(Number);
  const [ty, tm, td] = dayKey(now.toISOString(), timeZone).split('-').map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86400_000);
  if (days === 0 || days === -1) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
    return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
  }
  const noon = new Date(Date.UTC(y, m - 1, d, 12));
  const format = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(noon);
  // ICU's full Persian date reads "۱۴۰۵ آذر ۹, دوشنبه" (a Latin comma, the year first): built
  // from the weekday and the long date instead.
  if (locale.startsWith('fa'))
    return `${format({ weekday: 'long' })}، ${format({ dateStyle: 'long' })}`;
  return format({ dateStyle: 'full' });
}
