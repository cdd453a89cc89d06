/** A date a heading starts with, as precise as it was written. */
export interface HeadingDate {
  /** `2026-06-23` or `2026-06`: ISO 8601, sortable as text. */
  iso: string;
  precision: 'day' | 'month';
  /** What the heading says after the date (`Part A`), without the separator; empty when it is the date alone. */
  rest: string;
}

/**
 * `2026.06.23`, `2026.06`, `2026-06-23` or `2026-06`, then the end or a separator (space, `:`, `,`, `(`,
 * a dash not before a digit). The same separator between year and month as between month and day; a
 * year alone, a version (`v2.2`) or a number (`1.5 B params`) is not a date.
 */
const DATE = /^(\d{4})([.-])(\d{1,2})(?:\2(\d{1,2}))?(?=$|[\s:,(]|[–—-](?!\d))/;

/** The year range a note's news can be from: a four-digit number outside it is not a date. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const pad = (value: number) => String(value).padStart(2, '0');

/** The date a heading's text starts with, or undefined where it starts with none. */
export function readHeadingDate(text: string): HeadingDate | undefined {
  const trimmed = text.trim();
  const match = DATE.exec(trimmed);
  if (!match) return undefined;
  const [whole, yearText = '', , monthText = '', dayText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return undefined;
  const rest = trimmed
    .slice(whole.length)
    .replace(/^[\s:,–—-]+/, '')
    .trim();
  if (dayText === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month', rest };
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', rest };
}
