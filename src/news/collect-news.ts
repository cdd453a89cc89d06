import type { DatedSection } from '../notes/read-dated-sections.ts';

/** What the news needs of a note: its page, its dated sections, and its last change. */
export interface NewsNote {
  id: string;
  title: string;
  description: string | undefined;
  /** Its page's URL under the base path. */
  url: string;
  dated: readonly DatedSection[];
  lastUpdated: Date | undefined;
}

/** One entry of the site's news: a dated section of a note, or (where no note has one) a note by its last change. */
export interface NewsEntry {
  /** `2026-06-23` or `2026-06`. */
  iso: string;
  precision: 'day' | 'month';
  note: NewsNote;
  /** The section's URL (its page and heading id), or the note's page. */
  url: string;
  /** What the heading says after its date (`Part A`); empty for a heading that is a date alone, or a note's change. */
  section: string;
  summary: string;
}

/** What the site's news is made of: the notes' dated sections, or, where there are none, the notes' last changes. */
export type NewsSource = 'dated sections' | 'last changes';

const toIso = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Every entry, newest first: by date (a month after the days written in it), then in the site's reading
 * order, then in the note's. `notes` are in reading order.
 */
export function collectNews(notes: readonly NewsNote[]): { entries: NewsEntry[]; source: NewsSource } {
  const dated = notes.flatMap((note) =>
    note.dated.map((section) => ({
      iso: section.iso,
      precision: section.precision,
      note,
      url: `${note.url}#${section.slug}`,
      section: section.rest,
      summary: section.summary,
    })),
  );
  if (dated.length > 0) return { entries: newestFirst(dated), source: 'dated sections' };
  const changes = notes.flatMap((note) =>
    note.lastUpdated
      ? [{ iso: toIso(note.lastUpdated), precision: 'day' as const, note, url: note.url, section: '', summary: note.description ?? '' }]
      : [],
  );
  return { entries: newestFirst(changes), source: 'last changes' };
}

/** Sorted by date, newest first; Array.prototype.sort is stable, so entries of one date keep their reading order. */
const newestFirst = (entries: NewsEntry[]): NewsEntry[] => entries.sort((a, b) => (a.iso < b.iso ? 1 : a.iso > b.iso ? -1 : 0));

const MONTHS = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const DAYS = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** The first moment of an entry's date, UTC: what a feed reader sorts by. */
export const entryDate = (entry: Pick<NewsEntry, 'iso'>): Date =>
  new Date(`${entry.iso.length === 7 ? `${entry.iso}-01` : entry.iso}T00:00:00Z`);

/** `23 June 2026` or `June 2026`, as precise as the heading. */
export const formatEntryDate = (entry: Pick<NewsEntry, 'iso' | 'precision'>): string =>
  (entry.precision === 'day' ? DAYS : MONTHS).format(entryDate(entry));

/** The entries by month (`June 2026`), newest month first. */
export function byMonth(entries: readonly NewsEntry[]): { month: string; label: string; entries: NewsEntry[] }[] {
  const months: { month: string; label: string; entries: NewsEntry[] }[] = [];
  for (const entry of entries) {
    const month = entry.iso.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, label: MONTHS.format(entryDate({ iso: month })), entries: [] });
    months.at(-1)!.entries.push(entry);
  }
  return months;
}
