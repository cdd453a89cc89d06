import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { visit } from 'unist-util-visit';
import { parseNote } from '../notes/derive-metadata.ts';
import { Parser } from 'htmlparser2';
import { location } from 'vfile-location';
import { resolveLinkTarget, type NoteLinksOptions } from '../plugins/remark-note-links.ts';

/** A link as the author wrote it, and the href it becomes in the built page. */
export interface NoteLink {
  written: string;
  href: string;
  text: string;
  line: number;
  column: number;
}

/** `<a href="…">` written as JSX in an MDX note. */
function jsxUrl(node: Nodes): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      (attribute.name === 'href' || attribute.name === 'src') &&
      typeof attribute.value === 'string'
    ) {
      return attribute.value;
    }
  }
  return undefined;
}

/** `href`/`src` attributes in raw HTML written in a note (passed through as is), each at the attribute's position. */
function rawHtmlLinks(html: string, line: number, column: number): NoteLink[] {
  const links: NoteLink[] = [];
  const locate = location(html);
  const parser = new Parser({
    onopentag(_name, attributes) {
      const tag = html.slice(parser.startIndex, parser.endIndex + 1).toLowerCase();
      for (const name of ['href', 'src']) {
        const written = attributes[name];
        if (written === undefined) continue;
        const offset = parser.startIndex + Math.max(0, tag.search(new RegExp(`\\s${name}\\s*=`)) + 1);
        const at = locate.toPoint(offset) ?? { line: 1, column: 1 };
        links.push({
          written,
          href: written,
          text: 'raw HTML',
          line: line + at.line - 1,
          // The snippet's first line starts where the node does; later lines start at column 1.
          column: at.line === 1 ? column + offset : at.column,
        });
      }
    },
  });
  parser.end(html);
  return links;
}

/**
 * Every link, image and link definition in a note, with its position, so a problem
 * found in the built page can be reported where the author can fix it.
 */
export function readNoteLinks(filePath: string, options: NoteLinksOptions): NoteLink[] {
  const tree = parseNote(readFileSync(filePath, 'utf8'), filePath.endsWith('.mdx'));
  const links: NoteLink[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'html' && node.position) {
      links.push(...rawHtmlLinks(node.value, node.position.start.line, node.position.start.column));
      return;
    }
    let written: string | undefined;
    let text: string;
    if (node.type === 'link' || node.type === 'definition') {
      written = node.url;
      text = node.type === 'link' ? toString(node) : (node.label ?? '');
    } else if (node.type === 'image') {
      written = node.url;
      text = node.alt ?? '';
    } else {
      written = jsxUrl(node);
      text = written === undefined ? '' : toString(node);
    }
    if (written === undefined || !node.position) return;
    const target = resolveLinkTarget(written, node.type === 'image' ? 'image' : 'link', filePath, options);
    links.push({
      written,
      href: 'url' in target ? normalizeUri(target.url) : written,
      text: text.replace(/\s+/g, ' ').trim(),
      line: node.position.start.line,
      column: node.position.start.column,
    });
  });
  return links;
}
