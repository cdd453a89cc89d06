import { Feed } from 'feed';
import { entryDate, formatEntryDate, type NewsEntry } from './collect-news.ts';

/** `feed` writes titles and summaries as `type="html"`: our text, escaped, reads as the same text there. */
const asHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * What XML 1.0 allows in a document (its `Char` production): a heading may hold an escape or a form feed, which
 * would make the whole feed ill-formed, and a strict reader drops a feed that is.
 */
const NOT_XML_CHARACTER = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** How many entries the feed carries: the newest, as feed readers keep what they have seen. */
export const FEED_ENTRIES = 50;

/** An entry's title: the note, then the section's words after its date, or the date itself. */
export const entryTitle = (entry: NewsEntry): string => `${entry.note.title} › ${entry.section || formatEntryDate(entry)}`;

/**
 * The news as an Atom 1.0 feed, with absolute URLs under `site` (the site's origin and base path). Each
 * entry's id is its section's URL and the feed's date its newest entry's, so a build of the same notes
 * writes the same feed.
 */
export function atomFeed(options: { entries: readonly NewsEntry[]; siteUrl: string; name: string; tagline: string }): string {
  const { entries, siteUrl, name, tagline } = options;
  const home = new URL(siteUrl);
  const absolute = (url: string) => new URL(url, home).href;
  const newest = entries.slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: home.href,
    title: `${name}: what's new`,
    description: tagline,
    link: absolute('whats-new/'),
    feedLinks: { atom: absolute('feed.xml') },
    updated: newest[0] ? entryDate(newest[0]) : new Date(0),
    generator: name,
  });
  for (const entry of newest) {
    const url = absolute(entry.url);
    const summary = entry.summary ? asHtml(entry.summary) : undefined;
    feed.addItem({ id: url, link: url, title: asHtml(entryTitle(entry)), date: entryDate(entry), description: summary });
  }
  return feed.atom1().replace(NOT_XML_CHARACTER, '');
}
