import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Definition, Image, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { linkMistake } from '../links/link-mistakes.ts';
import { suggest } from '../links/suggest.ts';
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
  /** Whether a path is a file, a folder, a symbolic link out of the notes folder, or nothing; injectable so tests need no files. */
  pathKind?: (path: string) => PathKind;
}

export type PathKind = 'file' | 'folder' | 'elsewhere' | undefined;

/** What is at `path`; a symbolic link whose real path leaves `notesDir` (the real path) is `elsewhere`. */
function statKind(path: string, notesDir: string): PathKind {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!realpathSync(path).startsWith(notesDir + sep)) return 'elsewhere';
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : undefined;
}

/** The file beside a missing one whose name is nearest (`sdpose.web` → `sdpose.webp`), as the link would write it. */
function nearbyFile(written: string, target: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dirname(target)).filter((name) => !name.startsWith('.'));
  } catch {
    return undefined;
  }
  const near = suggest(basename(target), names);
  if (!near) return undefined;
  const path = written.split(/[?#]/)[0] ?? '';
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${near}`;
}

/** What a link written in a note becomes: a new URL, the URL as written, or a reason it cannot resolve. */
export type LinkTarget = { url: string } | { problem: string };

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
 * Where a link or image written in the note at `notePath` goes, resolved against the
 * note's own file as on GitHub: a note's page; a file of the notes folder, published
 * at the same path under the base path (an embedded image goes to the asset pipeline);
 * the source repository for what the notes folder does not have; anything that is
 * not relative exactly where it was written.
 */
export function resolveLinkTarget(
  url: string,
  kind: 'link' | 'image',
  notePath: string | undefined,
  options: NoteLinksOptions,
): LinkTarget {
  const { notesDir, noteIds, sourceRepo } = options;
  const parts = splitRelative(url);
  if (!parts) return { url };
  // Broken on GitHub too, and never a file of any folder: say so, with the fix, whatever SOURCE_REPO says.
  const mistake = linkMistake(url);
  if (mistake) return { problem: `${kind} "${url}" ${mistake}.` };
  const { path, suffix } = parts;
  const fromDir = notePath ? dirname(notePath) : notesDir;
  const target = resolve(fromDir, path);
  const inNotes = relative(notesDir, target).split(sep).join('/');
  const outside = inNotes.startsWith('../') || isAbsolute(inNotes);
  const toSource = (): URL | undefined => (sourceRepo ? new URL(encodeURI(inNotes), sourceRepo) : undefined);
  const kindOf = options.pathKind ?? ((path: string) => statKind(path, notesDir));

  if (kind === 'image') {
    if (kindOf(target) === 'file') return { url };
    const source = toSource();
    if (source) return { url: imageUrl(source) + suffix };
    const near = nearbyFile(url, target);
    return {
      problem: `image "${url}" does not exist; add the file or set SOURCE_REPO to where it lives.${near ? ` Did you mean "${near}"?` : ''}`,
    };
  }

  if (!MARKDOWN_FILE.test(path)) return fileLink(url, target, inNotes, outside, kindOf(target), suffix, options, toSource);
  const id = outside ? undefined : noteIdFromPath(inNotes);
  if (id !== undefined && noteIds.has(id)) return { url: noteUrl(id, options.base ?? '/') + suffix };
  const source = toSource();
  if (source) return { url: source.href + suffix };
  const near = id === undefined ? undefined : suggest(id, noteIds);
  const hint = near ? ` Did you mean ${relative(fromDir, resolve(notesDir, near)).split(sep).join('/')}.md?` : '';
  return {
    problem: `link "${url}" goes to a Markdown file that is not a note of this site; link an existing note, or set SOURCE_REPO to the folder URL where the notes live.${hint}`,
  };
}

/** A link to a file that is not a note: the published copy, or the source repository for what the folder lacks. */
function fileLink(
  url: string,
  target: string,
  inNotes: string,
  outside: boolean,
  kind: PathKind,
  suffix: string,
  options: NoteLinksOptions,
  toSource: () => URL | undefined,
): LinkTarget {
  // Dot-files and dot-folders (.git, .env) are never published, whatever links them.
  if (!outside && inNotes.split('/').some((segment) => segment.startsWith('.')))
    return { problem: `link "${url}" goes to a hidden file or folder, which the site never publishes; link another file.` };
  if (!outside && kind === 'file') return { url: `${options.base ?? '/'}${encodeURI(inNotes)}${suffix}` };
  const source = toSource();
  if (source) return { url: source.href + suffix };
  const what = outside
    ? 'is outside the notes folder'
    : kind === 'folder'
      ? 'is a folder, not a file'
      : kind === 'elsewhere'
        ? 'is a symbolic link to a file outside the notes folder, which the site never publishes'
        : 'does not exist';
  const near = kind === undefined && !outside ? nearbyFile(url, target) : undefined;
  return {
    problem: `link "${url}" ${what}; link a file in the notes folder, or set SOURCE_REPO to the folder URL where the notes live.${near ? ` Did you mean "${near}"?` : ''}`,
  };
}

/**
 * Turns links written as on GitHub (`part-01.md`, `./both-ways.md#x`) into the
 * target note's page URL, sends links to other Markdown files and missing images
 * to the source repository, and fails with every `file:line` it cannot resolve.
 */
export default function remarkNoteLinks(options: NoteLinksOptions) {
  return function transform(tree: Root, file: VFile): void {
    const problems: string[] = [];
    visit(tree, ['link', 'definition', 'image'], (node) => {
      const target = node as Link | Image | Definition;
      const resolved = resolveLinkTarget(target.url, target.type === 'image' ? 'image' : 'link', file.path || undefined, options);
      if ('url' in resolved) {
        target.url = resolved.url;
        return;
      }
      const shown = file.path ? relative(process.cwd(), file.path) : '<note>';
      problems.push(`${shown}:${target.position?.start.line ?? '?'}:${target.position?.start.column ?? '?'} ${resolved.problem}`);
    });
    if (problems.length > 0) throw new Error(`Unresolved links:\n${problems.join('\n')}`);
  };
}
