import { copyFileSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { ScannedPage } from './scan-html.ts';
import { LOCAL } from './site-files.ts';

export interface PublishOptions {
  distDir: string;
  /** Base path, with leading and trailing slash. */
  base: string;
  /** The notes folder (its real path). */
  notesDir: string;
  /** The built site's pages, scanned once for both this and the link check. */
  pages: ReadonlyMap<string, ScannedPage>;
  /** Every file of the built site; the files published here are added to it. */
  files: Set<string>;
}

/** The path inside the notes folder that an in-note href points at, when it may be a file of it. */
function notesPath(href: string, page: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, `${LOCAL}${base}${page}`);
    if (url.origin !== LOCAL) return undefined;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base) || path.endsWith('/')) return undefined;
    const inside = path.slice(base.length);
    // Dot-files and dot-folders (.git, .env) are never published; `..` cannot climb out.
    return inside.split('/').some((segment) => segment.startsWith('.') || segment === '') ? undefined : inside;
  } catch {
    return undefined;
  }
}

/**
 * Copies into the built site every file of the notes folder that a note links
 * (`workflows/x.json`, `code/tool.zip`, a plain link to a screenshot), byte for byte,
 * at the same path under the base path: only what is linked, never a file whose
 * real path leaves the notes folder, never a note's source. Returns what it copied.
 */
export function publishLinkedFiles({ distDir, base, notesDir, pages, files }: PublishOptions): string[] {
  const copied: string[] = [];
  for (const [page, scanned] of pages) {
    for (const link of scanned.links) {
      if (!link.inNote) continue;
      const inside = notesPath(link.url, page, base);
      if (!inside || files.has(inside) || /\.mdx?$/i.test(inside)) continue;
      let real: string;
      try {
        real = realpathSync(join(notesDir, inside));
      } catch {
        continue; // Missing: the link check reports it.
      }
      if (!real.startsWith(notesDir + sep) || !statSync(real).isFile()) continue;
      mkdirSync(dirname(join(distDir, inside)), { recursive: true });
      copyFileSync(real, join(distDir, inside));
      files.add(inside);
      copied.push(inside);
    }
  }
  return copied;
}
