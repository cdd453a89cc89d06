import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Definition, Image, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { linkMistake } from '../notes/link-mistake.ts';
import { FolderAsker, type FolderFacts } from '../notes/folder-facts.ts';
import type { NoteLinksOptions, NoteLinksSource } from '../notes/link-options.ts';
import type { NoteLink } from '../notes/note-reports.ts';
import { NOTE_EXTENSION, noteIdFromPath } from '../notes/note-files.ts';
import { repositoryRoot } from '../notes/repository-root.ts';
import { fileUrl, noteUrl, workflowUrl } from '../notes/note-url.ts';
import { walkTree } from '../util/walk-tree.ts';
import { FULL_SIZE_PROPERTY } from './rehype-image-links.ts';

/** The file beside a missing one whose name is nearest (`sdpose.web` → `sdpose.webp`), as the link would write it. */
function nearbyFile(written: string, inNotes: string, asker: FolderAsker): string | undefined {
  const near = asker.ask('near-file', inNotes);
  if (!near) return undefined;
  const path = written.split(/[?#]/)[0] ?? '';
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${near}`;
}

/** Where a link written in a note goes (`note`: the id of the note whose page it reaches), or why it cannot go anywhere (with the fix). */
export type LinkTarget = { url: string; publish?: string; note?: string; workflow?: string } | { problem: string };

/**
 * `link`: a link (Markdown, or an `href` in raw HTML or JSX); `image`: a Markdown image, which Astro's asset
 * pipeline optimises; `embed`: a file an element embeds (a `src` in raw HTML or JSX), the published file
 * itself and never a page, though it be a PNG that carries a workflow.
 */
export type LinkKind = 'link' | 'image' | 'embed';

/** `part-01.md#x` -> path `part-01.md`, suffix `#x`. Absolute URLs, `/…`, `#…` and `//…` are not relative. */
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
function rawUrl(url: URL): string {
  if (url.hostname === 'github.com') url.pathname = url.pathname.replace(/^(\/[^/]+\/[^/]+)\/blob\//, '$1/raw/');
  return url.href;
}

const didYouMean = (near: string | undefined): string => (near ? `; did you mean "${near}"?` : '');

/**
 * Where a link or image written in the note at `notePath` goes, resolved against the
 * note's own file as on GitHub: a note's page; any other file of the notes folder,
 * published at the same path under the base path (a Markdown image stays as written
 * for the asset pipeline); the source repository for what lies outside the notes
 * folder. What the notes folder should have and does not is a problem, never sent
 * elsewhere. Anything that is not a relative path stays exactly as written. What it learns of
 * the notes folder it asks `asker`, which writes the answers down.
 */
export function resolveLinkTarget(
  url: string,
  kind: LinkKind,
  notePath: string | undefined,
  options: NoteLinksOptions,
  asker = new FolderAsker(options),
): LinkTarget {
  const { notesDir, sourceRepo } = options;
  const base = options.base ?? '/';
  const parts = splitRelative(url);
  if (!parts) return { url };
  // Broken on GitHub too, and never a file of any folder: say so, with the fix.
  const mistake = linkMistake(url);
  if (mistake) return { problem: mistake };
  const { path, suffix } = parts;
  const fromDir = notePath ? dirname(notePath) : notesDir;
  const target = resolve(fromDir, path);
  const inNotes = relative(notesDir, target).split(sep).join('/');

  if (inNotes.startsWith('../') || inNotes === '..' || isAbsolute(inNotes)) {
    if (!sourceRepo)
      return { problem: 'leaves the notes folder; set SOURCE_REPO to the notes folder’s URL in its repository to link it there' };
    const source = new URL(encodeURI(inNotes), sourceRepo);
    const root = repositoryRoot(sourceRepo);
    if (root && !source.href.startsWith(root))
      return { problem: `goes above the repository root (${root}), which is broken on the repository's host too; remove a "../"` };
    return { url: (kind === 'image' ? rawUrl(source) : source.href) + suffix };
  }
  // Dot-files and dot-folders (.git, .env) are never published, whatever links them.
  if (inNotes.split('/').some((segment) => segment.startsWith('.')))
    return { problem: 'goes to a hidden file or folder, which the site never publishes' };

  if (NOTE_EXTENSION.test(path) && kind === 'link') {
    const id = noteIdFromPath(inNotes);
    if (asker.ask('note', id)) return { url: noteUrl(id, base) + suffix, note: id };
    if (asker.ask('kind', inNotes) === 'file')
      return { problem: 'goes to a private note (its file or folder name starts with _), which the site does not publish' };
    const near = asker.ask('near-note', id);
    return {
      problem: `goes to a note that does not exist${didYouMean(near && `${relative(fromDir, resolve(notesDir, near)).split(sep).join('/')}.md`)}`,
    };
  }
  const at = asker.ask('kind', inNotes);
  // An embedded image stays as written, for the asset pipeline; its original is published too, for its full-size link.
  if (at === 'file') {
    if (kind === 'image') return { url, publish: inNotes };
    // A workflow's page says what it needs before anyone loads it; the file is still published, for its Download link.
    if (kind === 'link' && asker.ask('workflow', inNotes)) return { url: workflowUrl(inNotes, base), publish: inNotes, workflow: inNotes };
    return { url: `${fileUrl(inNotes, base)}${suffix}`, publish: inNotes };
  }
  if (at === 'folder') {
    // GitHub shows a folder with its README.md; so does the site.
    const readme = kind === 'link' ? asker.ask('readme', inNotes.replace(/\/$/, '')) : '';
    if (readme) return { url: noteUrl(readme, base) + suffix, note: readme };
    return { problem: 'goes to a folder without a README.md, which has no page; link a file in it' };
  }
  if (at === 'elsewhere') return { problem: 'goes to a symbolic link that leaves the notes folder, which the site never publishes' };
  return {
    problem: `goes to ${kind === 'image' ? 'an image' : 'a file'} that does not exist${didYouMean(nearbyFile(url, inNotes, asker))}`,
  };
}

/** Where in the note a node, or a place inside a raw HTML node, starts. */
interface Position {
  line: number;
  column: number;
}

/** `href`/`src` attributes of raw HTML, each with the span of its value, in document order. */
function rawHtmlAttributes(html: string): { name: string; value: string; start: number; end: number; tag: string }[] {
  const found: { name: string; value: string; start: number; end: number; tag: string }[] = [];
  let tag = '';
  const parser = new Parser({
    onopentagname(name) {
      tag = name;
    },
    onattribute(name, value, quote) {
      if (name !== 'href' && name !== 'src') return;
      // While an attribute is reported, startIndex is its name's first character and endIndex just past its value.
      const end = quote ? parser.endIndex - 1 : parser.endIndex;
      const equals = html.indexOf('=', parser.startIndex);
      if (equals === -1 || equals >= end) return;
      let start = equals + 1;
      while (/\s/.test(html[start] ?? '')) start += 1;
      if (quote) start += 1;
      found.push({ name, value, start, end, tag });
    },
  });
  parser.end(html);
  return found;
}

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/**
 * Resolves every link a note writes (Markdown links, reference definitions, images,
 * `href`/`src` in raw HTML and in MDX's JSX) as GitHub does, rewrites it to where the
 * site publishes its target, and returns each with its position: what the checks
 * after the build need, learned once while the note is parsed.
 */
export function resolveNoteLinks(tree: Root, file: VFile, options: NoteLinksOptions, asker = new FolderAsker(options)): NoteLink[] {
  const links: NoteLink[] = [];
  const notePath = file.path || undefined;

  /**
   * Resolves and records one URL; returns what the page gets. `markdown`: the URL reaches the page
   * through mdast-util-to-hast, which normalises it; raw HTML and JSX keep it verbatim.
   */
  function record(written: string, kind: LinkKind, text: string, at: Position, markdown: boolean): string {
    const target = resolveLinkTarget(written, kind, notePath, options, asker);
    const link: NoteLink = {
      written,
      kind: kind === 'image' ? 'image' : 'link',
      text: text.replace(/\s+/g, ' ').trim(),
      line: at.line,
      column: at.column,
    };
    let url: string;
    if ('problem' in target) {
      link.problem = target.problem;
      // A broken image must not reach the asset pipeline, which would stop the build on it: it asks the site for the path.
      url = kind === 'image' ? fileUrl(written.replace(/^(\.\/)+/, ''), options.base ?? '/') : written;
    } else {
      url = target.url;
      if (target.publish) link.publish = target.publish;
      if (target.note !== undefined) link.note = target.note;
      if (target.workflow !== undefined) link.workflow = target.workflow;
    }
    // An image of the notes folder becomes the asset pipeline's copy, checked here already; the rest is checked in the built page.
    if (!('url' in target && kind === 'image' && url === written && splitRelative(written))) link.href = markdown ? normalizeUri(url) : url;
    links.push(link);
    return url;
  }

  // A reference-style image is an image: it becomes one here, for the asset pipeline and its full-size link,
  // and its definition, when only images use it, is recorded at each image rather than as a link.
  const definitions = new Map<string, Definition>();
  const linkedIds = new Set<string>();
  const imagedIds = new Set<string>();
  walkTree<Nodes>(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    else if (node.type === 'linkReference') linkedIds.add(node.identifier);
    else if (node.type === 'imageReference') imagedIds.add(node.identifier);
  });

  walkTree<Nodes>(tree, (node) => {
    const at = node.position?.start ?? { line: 0, column: 0 };
    if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (!definition) return;
      const image: Image = { type: 'image', url: definition.url, alt: node.alt ?? '', title: definition.title ?? null };
      if (node.position) image.position = node.position;
      const reference = node as Partial<Pick<typeof node, 'identifier' | 'label' | 'referenceType'>>;
      delete reference.identifier;
      delete reference.label;
      delete reference.referenceType;
      Object.assign(node, image);
    }
    if (node.type === 'definition' && imagedIds.has(node.identifier) && !linkedIds.has(node.identifier)) return;
    if (node.type === 'link' || node.type === 'definition') {
      const text = node.type === 'link' ? toString(node) : (node.label ?? '');
      node.url = record(node.url, 'link', text, at, true);
    } else if (node.type === 'image') {
      node.url = record(node.url, 'image', node.alt ?? '', at, true);
      const published = links.at(-1)?.publish;
      if (published) {
        const full = fileUrl(published, options.base ?? '/');
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, [FULL_SIZE_PROPERTY]: full } };
      }
    } else if (node.type === 'html') {
      const locate = location(node.value);
      let html = '';
      let copied = 0;
      for (const attribute of rawHtmlAttributes(node.value)) {
        const point = locate.toPoint(attribute.start) ?? { line: 1, column: 1 };
        // The snippet's first line starts where the node does; later lines start at column 1.
        const place = { line: at.line + point.line - 1, column: point.line === 1 ? at.column + point.column - 1 : point.column };
        const url = record(attribute.value, attribute.name === 'src' ? 'embed' : 'link', `<${attribute.tag}>`, place, false);
        if (url === attribute.value) continue;
        html += node.value.slice(copied, attribute.start) + escapeAttribute(url);
        copied = attribute.end;
      }
      if (copied > 0) node.value = html + node.value.slice(copied);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'href' && attribute.name !== 'src')) continue;
        if (typeof attribute.value !== 'string') continue;
        const kind = attribute.name === 'src' ? 'embed' : 'link';
        attribute.value = record(attribute.value, kind, toString(node), attribute.position?.start ?? at, false);
      }
    }
  });
  return links;
}

/**
 * Turns links written as on GitHub (`part-01.md`, `./both-ways.md#x`, `workflows/a.json`)
 * into where the site publishes their targets, and keeps every link with its position
 * in `file.data.links`; a link that cannot resolve keeps its text and carries its problem,
 * which the build reports with every other broken link. What it asked of the notes folder goes
 * into `file.data.folderFacts`.
 */
export default function remarkNoteLinks(options: NoteLinksSource) {
  return function transform(tree: Root, file: VFile): void {
    const asker = new FolderAsker(typeof options === 'function' ? options() : options);
    file.data.links = resolveNoteLinks(tree, file, asker.options, asker);
    file.data.folderFacts = asker.facts;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Every link of the note, as remark-note-links resolved it. */
    links: NoteLink[];
    /** What resolving them asked of the notes folder, with the answers: a cached rendering holds while they do. */
    folderFacts: FolderFacts;
  }
}
