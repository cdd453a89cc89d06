import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { NoteError } from './util/note-error.ts';

/**
 * Site settings. Everything a deployment may change comes from the environment,
 * so the same checkout can publish our notes, the owner's notes, or a fixture.
 */
export interface SiteSettings {
  /** The site's name in the header, every `<title>`, share cards, search results and the feed (`SITE_NAME`). */
  name: string;
  /** One line under the name on the home page, in its description and the feed (`SITE_TAGLINE`). */
  tagline: string;
  /** Absolute path of the notes folder. */
  notesDir: string;
  /** Public URL of the site (enables canonical URLs, sitemap.xml and robots.txt). */
  site: string | undefined;
  /** Sub-path the site is served under, always with leading and trailing slash. */
  base: string;
  /** Where Markdown files and images that are not part of the site live (a folder URL). */
  sourceRepo: string | undefined;
  /** Folder URL that "Edit this page" appends a note's file name to. */
  editUrl: string | undefined;
  /** The note whose table of contents orders the notes that set no `order`. */
  tocNote: string;
  /** A report from `npm run links -- --json`, shown in the model index when the file is there. */
  linkReport: string;
  /** Astro's cache folder, where a rebuild finds what it reuses (`CACHE_DIR`, default `node_modules/.astro`). */
  cacheDir: string;
  /** What a broken link does to the build: fail it (`error`) or be reported while the site publishes (`warn`). */
  brokenLinks: 'error' | 'warn';
}

/** Turns `lora-notes`, `/lora-notes` or `/lora-notes/` into `/lora-notes/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A folder URL must end in `/` for `new URL(relative, folder)` to resolve inside it. */
function folderUrl(value: string | undefined, variable: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    throw new NoteError(
      `${variable}="${value}" is not an absolute URL; set it to a folder URL such as https://github.com/owner/repo/blob/main/notes/`,
    );
  }
}

/** The real path, so a notes folder reached through a symbolic link resolves links the same as the folder itself. */
function realPath(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}

function brokenLinks(value: string | undefined): 'error' | 'warn' {
  if (!value || value === 'error') return 'error';
  if (value === 'warn') return 'warn';
  throw new NoteError(
    `BROKEN_LINKS="${value}" is not a choice; set it to error (fail the build, the default) or warn (publish and report).`,
  );
}

export function readSettings(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SiteSettings {
  return {
    name: env.SITE_NAME?.trim() || 'LoRA Notes',
    tagline: env.SITE_TAGLINE?.trim() || 'Practitioner notes on LoRA adapters for Wan, LTXV and other image and video diffusion models.',
    notesDir: realPath(resolve(cwd, env.NOTES_DIR || 'content')),
    site: env.SITE || undefined,
    base: normaliseBase(env.BASE),
    sourceRepo: folderUrl(env.SOURCE_REPO, 'SOURCE_REPO'),
    editUrl: folderUrl(env.EDIT_URL, 'EDIT_URL'),
    tocNote: env.TOC_NOTE || 'alchemy',
    linkReport: resolve(cwd, env.LINK_REPORT || 'link-report.json'),
    cacheDir: resolve(cwd, env.CACHE_DIR || 'node_modules/.astro'),
    brokenLinks: brokenLinks(env.BROKEN_LINKS),
  };
}

export const settings = readSettings();
