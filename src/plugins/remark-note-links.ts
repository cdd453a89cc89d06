import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Definition, Image, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { noteIdFromPath } from '../notes/note-files.ts';
import { noteUrl } from '../notes/note-url.ts';

export interface NoteLinksOptions {
  /** Absolute path of the notes folder. */
  notesDir: string;
  /** Ids of the notes the site publishes (file path inside `notesDir` without extension). */
  noteIds: ReadonlySet<string>;
  /** The site's base path, with leading and trailing slash. */
  base?: string;
  /** Folder URL where files outside the site live; relative paths resolve against it. */
  sourceRepo?: string;
  /** Whether an image file is there; injectable so tests need no files. */
  fileExists?: (path: string) => boolean;
}

const MARKDOWN_FILE = /\.mdx?$/i;

/** `part-01.md#x` -> path `part-01.md`, suffix `#x`. Absolute URLs, `/…`, `#…` and `//…` are not ours. */
function splitRelative(url: string): { path: string; suffix: string } | undefined {
  if (!url || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  try {
    return { path: decodeURI(path), suffix };
  } catch {
    return { path, suffix };
  }
}

/** GitHub shows a `blob/` URL as a page; an `<img>` needs the file itself, which `raw/` serves. */
function imageUrl(url: URL): string {
  if (url.hostname === 'github.com') url.pathname = url.pathname.replace(/^(\/[^/]+\/[^/]+)\/blob\//, '$1/raw/');
  return url.href;
}

/**
 * Turns links written as on GitHub (`part-01.md`, `./both-ways.md#x`) into the
 * target note's page URL, sends links to other Markdown files and missing images
 * to the source repository, and fails with every `file:line` it cannot resolve.
 */
export default function remarkNoteLinks(options: NoteLinksOptions) {
  const { notesDir, noteIds, sourceRepo } = options;
  const base = options.base ?? '/';
  const fileExists = options.fileExists ?? existsSync;

  return function transform(tree: Root, file: VFile): void {
    const fromDir = file.path ? dirname(file.path) : notesDir;
    const problems: string[] = [];
    const where = (node: Link | Image | Definition): string => {
      const shown = file.path ? relative(process.cwd(), file.path) : '<note>';
      return `${shown}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
    };
    /** Path from the notes folder, `/`-separated, possibly leading out with `../`. */
    const fromNotes = (path: string): string => {
      const target = resolve(fromDir, path);
      return relative(notesDir, target).split(sep).join('/');
    };
    const toSource = (path: string): URL | undefined => (sourceRepo ? new URL(encodeURI(fromNotes(path)), sourceRepo) : undefined);

    visit(tree, ['link', 'definition', 'image'], (node) => {
      const target = node as Link | Image | Definition;
      const parts = splitRelative(target.url);
      if (!parts) return;
      const { path, suffix } = parts;

      if (target.type === 'image') {
        if (fileExists(resolve(fromDir, path))) return;
        const source = toSource(path);
        if (source) target.url = imageUrl(source) + suffix;
        else problems.push(`${where(target)} image "${target.url}" does not exist; add the file or set SOURCE_REPO to where it lives.`);
        return;
      }

      if (!MARKDOWN_FILE.test(path)) return;
      const inside = fromNotes(path);
      const id = inside.startsWith('../') || isAbsolute(inside) ? undefined : noteIdFromPath(inside);
      if (id !== undefined && noteIds.has(id)) {
        target.url = noteUrl(id, base) + suffix;
        return;
      }
      const source = toSource(path);
      if (source) target.url = source.href + suffix;
      else
        problems.push(
          `${where(target)} link "${target.url}" goes to a Markdown file that is not a note of this site; ` +
            'link an existing note, or set SOURCE_REPO to the folder URL where the notes live.',
        );
    });

    if (problems.length > 0) throw new Error(`Unresolved links:\n${problems.join('\n')}`);
  };
}
