import { getSite, inReadingOrder, readingOfEntry } from './get-site.ts';
import { noteUrl } from '../notes/note-url.ts';
import { settings } from '../site.ts';
import { collectNews, type NewsEntry, type NewsSource } from '../news/collect-news.ts';

let cached: Promise<{ entries: NewsEntry[]; source: NewsSource }> | undefined;

/** The site's news, newest first, from what the render read of every note: made once per build. */
export function getNews(): Promise<{ entries: NewsEntry[]; source: NewsSource }> {
  cached ??= getSite().then((site) =>
    collectNews(
      inReadingOrder(site).map((page) => ({
        id: page.id,
        title: page.title,
        description: page.description,
        url: noteUrl(page.id, settings.base),
        dated: readingOfEntry(page.entry).dated ?? [],
        lastUpdated: page.lastUpdated,
      })),
    ),
  );
  return cached;
}
