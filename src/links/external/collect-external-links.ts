import { relative } from 'node:path';
import type { NoteLinksOptions } from '../../plugins/remark-note-links.ts';
import { PageSources } from '../page-sources.ts';
import { scanSite } from '../site-files.ts';

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
  noteFiles: ReadonlyMap<string, string>;
  linkOptions: NoteLinksOptions;
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

/** Every http(s) link in the built pages that leaves the site, with where each was written. */
export function collectExternalLinks(options: CollectOptions): ExternalLink[] {
  const root = options.root ?? process.cwd();
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const byUrl = new Map<string, LinkSource[]>();
  const add = (url: string, source: LinkSource) => {
    const sources = byUrl.get(url) ?? [];
    if (!sources.some((known) => known.file === source.file && known.line === source.line)) sources.push(source);
    byUrl.set(url, sources);
  };

  for (const [page, scanned] of scanSite(options.distDir)) {
    const sources = new PageSources(page, options.noteFiles, options.linkOptions);
    for (const link of scanned.links) {
      if (link.derived || !/^https?:\/\//i.test(link.url.trim())) continue;
      const source = sources.sourceOf(link);
      if (siteOrigin && originOf(link.url) === siteOrigin) continue;
      if (source && sources.noteFile) {
        add(source.written, { file: relative(root, sources.noteFile), line: source.line, text: source.text });
      } else {
        add(link.url, { file: relative(root, `${options.distDir}/${page}`), line: link.line, text: link.text });
      }
    }
  }
  return [...byUrl].map(([url, sources]) => ({ url, sources })).sort((a, b) => a.url.localeCompare(b.url));
}
