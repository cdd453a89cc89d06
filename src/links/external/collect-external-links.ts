import { relative } from 'node:path';
import type { NoteReport } from '../../notes/note-reports.ts';
import { notePage, scanSite } from '../site-files.ts';

export interface LinkSource {
  /** Relative to the project root: the note, or the built page for links the layout made. */
  file: string;
  line: number;
  text: string;
}

export interface ExternalLink {
  /** Exactly as written in the note (or as the page has it, for layout links). */
  url: string;
  sources: LinkSource[];
}

export interface CollectOptions {
  distDir: string;
  /** Public origin of the site: links to it are internal. */
  site?: string | undefined;
  /** Each note's links by note id, as the build recorded them. */
  notes: ReadonlyMap<string, NoteReport>;
  /** Paths in reports are relative to this folder. */
  root?: string;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    // A malformed URL stays in the list: the checker reports it as broken.
    return undefined;
  }
}

const isExternal = (url: string): boolean => /^https?:\/\//i.test(url.trim());

/**
 * Every http(s) link in the built site that leaves it, with where each was written:
 * a note's links where the build recorded them, the rest where the built page has them.
 */
export function collectExternalLinks(options: CollectOptions): ExternalLink[] {
  const root = options.root ?? process.cwd();
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const byUrl = new Map<string, LinkSource[]>();
  const add = (url: string, source: LinkSource) => {
    if (siteOrigin && originOf(url) === siteOrigin) return;
    const sources = byUrl.get(url) ?? [];
    if (!sources.some((known) => known.file === source.file && known.line === source.line)) sources.push(source);
    byUrl.set(url, sources);
  };

  // How many of each href a page's note accounts for, so the page scan does not count them again.
  const fromNotes = new Map<string, Map<string, number>>();
  for (const [id, { file, links }] of options.notes) {
    const counts = new Map<string, number>();
    fromNotes.set(notePage(id), counts);
    for (const link of links) {
      if (link.href === undefined || !isExternal(link.href)) continue;
      counts.set(link.href, (counts.get(link.href) ?? 0) + 1);
      add(link.written, { file: relative(root, file), line: link.line, text: link.text });
    }
  }
  for (const [page, scanned] of scanSite(options.distDir)) {
    const counts = fromNotes.get(page);
    for (const link of scanned.links) {
      if (link.derived || !isExternal(link.url)) continue;
      const left = link.inNote ? counts?.get(link.url) : undefined;
      if (left) {
        counts!.set(link.url, left - 1);
        continue;
      }
      add(link.url, { file: relative(root, `${options.distDir}/${page}`), line: link.line, text: link.text });
    }
  }
  return [...byUrl].map(([url, sources]) => ({ url, sources })).sort((a, b) => a.url.localeCompare(b.url));
}
