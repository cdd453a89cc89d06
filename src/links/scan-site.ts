import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { noteUrl } from '../notes/note-url.ts';
import { scanHtml, type ScannedPage } from './scan-html.ts';

/** Every file of a built site, as `/`-separated paths relative to it. */
export function listSiteFiles(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')),
  );
}

/** Reads and scans each HTML page of a built site once. */
export function scanSite(dir: string, files: Iterable<string> = listSiteFiles(dir)): Map<string, ScannedPage> {
  const pages = new Map<string, ScannedPage>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, scanHtml(readFileSync(join(dir, file), 'utf8')));
  return pages;
}

/** Stands in for the site's origin while resolving a built page's relative URLs. */
export const LOCAL = 'http://site.invalid';

/** `alchemy/index.html` -> `/alchemy/` (without base). */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** `guides/setup` -> `guides/setup/index.html`: the built page of a note. */
export function notePage(id: string): string {
  return `${decodeURI(noteUrl(id, '/')).slice(1)}index.html`;
}
