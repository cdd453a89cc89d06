import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { decodeNote } from '../notes/check-encoding.ts';
import { NoteError } from '../notes/note-error.ts';
import type { SiteSettings } from '../site.ts';

/** Bump when the rendered output changes for the same text, so cached notes render again. */
const RENDER_VERSION = 10;

export const posix = (path: string) => path.split(sep).join('/');

/** A note's text: UTF-8 or an error at the line, without a byte order mark. */
export async function readNoteText(file: string): Promise<string> {
  return decodeNote(await readFile(file), file).replace(/^\uFEFF/, '');
}

/** Front matter as data, with the body kept at its lines so positions in messages match the file. */
export function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { data: frontmatter, body: content };
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    const where = `${posix(relative(process.cwd(), file))}${line === undefined ? '' : `:${line + 1}`}`;
    throw new NoteError(`${where} the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}; fix it or remove it.`);
  }
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** What a note renders from besides its text: the set of notes and the link settings. */
export function renderContext(settings: Pick<SiteSettings, 'base' | 'sourceRepo'>, ids: Iterable<string>): string {
  return hash(JSON.stringify({ RENDER_VERSION, base: settings.base, sourceRepo: settings.sourceRepo, ids: [...ids] }));
}

/** Names one rendering of a note: its cache entry, its kept HTML and its checks go stale together. */
export const noteDigest = (text: string, context: string): string => `${hash(text)}-${context}`;

/**
 * Where renderings keep, beside Astro's store, what is too large to carry through it: Astro
 * bundles its store into the build, where it costs memory and seconds for every page.
 */
export const keptDirIn = (cacheDir: string): string => join(cacheDir, 'kept');

/** What one rendering keeps beside the store. */
export interface KeptFiles {
  /** The page HTML (read by src/notes/note-body.ts). */
  html: string;
  /** The links to models (read by src/models/get-model-index.ts). */
  modelLinks: string;
}

export const keptFilesFor = (cacheDir: string, digest: string): KeptFiles => ({
  html: join(keptDirIn(cacheDir), `${digest}.html`),
  modelLinks: join(keptDirIn(cacheDir), `${digest}.models.json`),
});
