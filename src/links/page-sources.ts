import type { NoteLinksOptions } from '../plugins/remark-note-links.ts';
import { readNoteLinks, type NoteLink } from './note-sources.ts';
import type { HtmlLink } from './scan-html.ts';
import { pagePath } from './site-files.ts';

/**
 * Finds where a link in a built note page was written: the k-th link with a given
 * href inside the page's article is the k-th link in the note that renders to it.
 */
export class PageSources {
  readonly noteFile: string | undefined;
  private sources: NoteLink[] | undefined;
  private readonly seen = new Map<string, number>();
  private readonly linkOptions: NoteLinksOptions;

  constructor(page: string, noteFiles: ReadonlyMap<string, string>, linkOptions: NoteLinksOptions) {
    this.noteFile = noteFiles.get(pagePath(page).slice(1, -1));
    this.linkOptions = linkOptions;
  }

  /** Call once per in-note link, in page order. */
  sourceOf(link: HtmlLink): NoteLink | undefined {
    if (!this.noteFile || !link.inNote) return undefined;
    this.sources ??= readNoteLinks(this.noteFile, this.linkOptions);
    const index = this.seen.get(link.url) ?? 0;
    this.seen.set(link.url, index + 1);
    const matching = this.sources.filter((source) => source.href === link.url);
    return matching[index] ?? matching[0];
  }
}
