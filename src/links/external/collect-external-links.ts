import { relative } from 'node:path';
import type { NoteReport } from '../../notes/note-reports.ts';
import { NoteHrefs } from '../note-hrefs.ts';
import { scanSite } from '../scan-site.ts';

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

  for (const { file, links } of options.notes.values()) {
    for (const link of links) {
      if (link.href !== undefined && isExternal(link.href))
        add(link.written, { file: relative(root, file), line: link.line, text: link.text });
    }
  }
  // The notes' own links are in already, where they were written; the scan adds the rest of each page.
  const noteHrefs = new NoteHrefs(options.notes);
  for (const [page, scanned] of scanSite(options.distDir)) {
    for (const link of scanned.links) {
      if (link.derived || !isExternal(link.url) || (link.inNote && noteHrefs.take(page, link.url))) continue;
      add(link.url, { file: relative(root, `${options.distDir}/${page}`), line: link.line, text: link.text });
    }
  }
  return [...byUrl].map(([url, sources]) => ({ url, sources })).sort((a, b) => a.url.localeCompare(b.url));
}
