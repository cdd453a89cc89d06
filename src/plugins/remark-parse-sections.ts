import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Processor } from 'unified';
import { walkTree } from '../util/walk-tree.ts';

export interface Options {
  /** Texts shorter than this are parsed whole (default 16 KiB). */
  minSize?: number;
}

type ParseOptions = Pick<FromMarkdownOptions, 'extensions' | 'mdastExtensions'>;

interface Part {
  /** Where the part starts in the whole text: offset, and line (1-based). */
  offset: number;
  line: number;
  text: string;
}

/**
 * The places a section may start: a line that opens an ATX heading at column 1 after a
 * blank line. Such a line ends every paragraph, list, quote, table, indented code and
 * HTML block of types 6 and 7 before it; only an unclosed fence or HTML block of types
 * 1 to 5 would run on through it, which `parseSections` checks after parsing.
 */
function splitAtHeadings(text: string): Part[] {
  const parts: Part[] = [];
  const lineEnd = /\r\n|\r|\n/g;
  let start = 0;
  let line = 1;
  let partStart = 0;
  let partLine = 1;
  let previousBlank = false;
  for (;;) {
    const end = lineEnd.exec(text);
    const content = text.slice(start, end ? end.index : text.length);
    if (previousBlank && line > 1 && /^#{1,6}(?:[ \t]|$)/.test(content)) {
      parts.push({ offset: partStart, line: partLine, text: text.slice(partStart, start) });
      partStart = start;
      partLine = line;
    }
    if (!end) break;
    previousBlank = /^[ \t]*$/.test(content);
    start = end.index + end[0].length;
    line += 1;
  }
  parts.push({ offset: partStart, line: partLine, text: text.slice(partStart) });
  return parts;
}

/** A part whose last block runs to its very end (an unclosed fence or HTML block) would have continued into the next. */
const runsOn = (tree: Root, part: Part): boolean => (tree.children.at(-1)?.position?.end.offset ?? 0) >= part.text.length;

interface Definitions {
  links: Map<string, string>;
  footnotes: Map<string, string>;
}

/** The link and footnote definitions a part makes: normalised identifier → label as written. */
function definitionsOf(tree: Root, part: Part): Definitions {
  const found: Definitions = { links: new Map(), footnotes: new Map() };
  if (!part.text.includes(']:')) return found; // Every definition has one.
  walkTree<Nodes>(tree, (node) => {
    if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return;
    const map = node.type === 'definition' ? found.links : found.footnotes;
    const id = normalizeIdentifier(node.label ?? node.identifier);
    if (!map.has(id)) map.set(id, node.label ?? node.identifier);
  });
  return found;
}

/**
 * Definitions made in other parts that this part may use: micromark makes `[label]` a
 * reference only when `label` is defined, so such a part is parsed again with them.
 * The test is by text, so it errs towards parsing again.
 */
function borrowed(part: Part, own: Definitions, all: Definitions[]): string[] {
  const text = normalizeIdentifier(part.text);
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const other of all) {
    if (other === own) continue;
    for (const [kind, map] of [
      ['', other.links],
      ['^', other.footnotes],
    ] as const) {
      for (const [id, label] of map) {
        const key = kind + id;
        if (seen.has(key) || (kind ? own.footnotes : own.links).has(id)) continue;
        if (!text.includes(`[${kind}${id}]`)) continue;
        seen.add(key);
        lines.push(`[${kind}${label}]: #`);
      }
    }
  }
  return lines;
}

/** Moves a part's positions to where the part sits in the whole text (a part starts at a line's first column). */
function shift(tree: Root, part: Part): void {
  const lines = part.line - 1;
  walkTree<Nodes>(tree, (node) => {
    const position = node.position;
    if (!position) return;
    for (const point of [position.start, position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += part.offset;
    }
  });
}

/**
 * Parses Markdown as `fromMarkdown` does, section by section. micromark's time grows
 * faster than the text, so a long note is cut before its headings, each part parsed alone, and the trees joined
 * with positions as in the whole text. A part that would read differently alone (an
 * unclosed fence or HTML block, a reference to a definition elsewhere) is parsed with
 * what it needs, so the tree is the one the whole text gives.
 */
export function parseSections(text: string, options: ParseOptions = {}, minSize = 16 * 1024): Root {
  if (text.length < minSize) return fromMarkdown(text, options);
  const parts: Part[] = [];
  const trees: Root[] = [];
  for (const part of splitAtHeadings(text)) {
    const previous = parts.at(-1);
    if (previous && runsOn(trees.at(-1)!, previous)) {
      // Parse the two as one, from the start of the first.
      previous.text += part.text;
      trees[trees.length - 1] = fromMarkdown(previous.text, options);
    } else {
      parts.push(part);
      trees.push(fromMarkdown(part.text, options));
    }
  }
  if (parts.length === 1) return trees[0]!;

  // Where the whole text ends, from the last part's own tree, before any part moves.
  const last = parts.at(-1)!;
  const { line, column, offset = 0 } = trees.at(-1)!.position!.end;
  const end = { line: line + last.line - 1, column, offset: offset + last.offset };

  const definitions = trees.map((tree, index) => definitionsOf(tree, parts[index]!));
  const children: RootContent[] = [];
  for (const [index, part] of parts.entries()) {
    let tree = trees[index]!;
    const extra = borrowed(part, definitions[index]!, definitions);
    if (extra.length > 0) {
      // Definitions after an unclosed fence would become its text: such a note is parsed whole.
      if (runsOn(tree, part)) return fromMarkdown(text, options);
      // Parsed again with the definitions it uses after it; what they add is dropped.
      tree = fromMarkdown(`${part.text}\n\n${extra.join('\n\n')}\n`, options);
      tree.children = tree.children.filter((node) => (node.position?.start.offset ?? 0) < part.text.length);
    }
    shift(tree, part);
    children.push(...tree.children);
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** remark-parse, section by section (see `parseSections`): the same tree, in a fraction of the time for a long note. */
export default function remarkParseSections(this: Processor, options: Options = {}): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- unified hands the processor as `this`.
  const self = this;
  self.parser = (text) =>
    parseSections(
      text,
      {
        extensions: self.data('micromarkExtensions') ?? [],
        mdastExtensions: self.data('fromMarkdownExtensions') ?? [],
      },
      options.minSize,
    );
}
