import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { Parser } from 'htmlparser2';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { walkTree } from '../util/walk-tree.ts';
import { shownPath } from '../util/posix-path.ts';

/**
 * Elements a note may not contain: they would run code, load other documents, or be
 * blocked by the Content-Security-Policy and fail silently in the reader's browser.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'portal',
]);

function problemsWith(tag: string, attributes: Record<string, string | null | undefined>): string[] {
  const problems: string[] = [];
  if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> is not allowed in notes`);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) problems.push(`the ${name} attribute on <${tag}> is not allowed (no scripts in notes)`);
    else if (name.toLowerCase() === 'style')
      problems.push(`the style attribute on <${tag}> is not allowed (the site's Content-Security-Policy blocks inline styles)`);
    else if (typeof value === 'string' && /^\s*javascript:/i.test(value))
      problems.push(`a javascript: URL in ${name} on <${tag}> is not allowed`);
  }
  return problems;
}

/** Tags and attributes in a raw HTML snippet, with the line each starts on within the snippet. */
function scanSnippet(html: string): { tag: string; attributes: Record<string, string>; line: number }[] {
  const found: { tag: string; attributes: Record<string, string>; line: number }[] = [];
  const locate = location(html);
  const parser = new Parser({
    onopentag(tag, attributes) {
      found.push({ tag, attributes, line: (locate.toPoint(parser.startIndex)?.line ?? 1) - 1 });
    },
  });
  parser.end(html);
  return found;
}

/**
 * Raw HTML in notes is allowed for markup (details, sup, kbd, img, a, tables, …),
 * as on GitHub. Anything that would run code or that the policy blocks fails the
 * build instead, at its file:line, so nothing is silently dropped.
 */
export default function remarkRawHtmlPolicy() {
  return function check(tree: Root, file: VFile): void {
    // Raw HTML and JSX start with `<`: a note without one has none, and its tree need not be walked.
    if (!String(file.value).includes('<')) return;
    const problems: string[] = [];
    const shown = file.path ? shownPath(file.path) : '<note>';
    walkTree<Nodes>(tree, (node) => {
      if (node.type === 'html') {
        const start = node.position?.start.line ?? 0;
        for (const element of scanSnippet(node.value)) {
          for (const problem of problemsWith(element.tag, element.attributes)) problems.push(`${shown}:${start + element.line} ${problem}`);
        }
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as MdxJsxFlowElement | MdxJsxTextElement;
        if (!jsx.name || /^[A-Z]/.test(jsx.name)) return;
        const attributes = Object.fromEntries(
          jsx.attributes.flatMap((attribute) =>
            attribute.type === 'mdxJsxAttribute' ? [[attribute.name, typeof attribute.value === 'string' ? attribute.value : '']] : [],
          ),
        );
        for (const problem of problemsWith(jsx.name.toLowerCase(), attributes))
          problems.push(`${shown}:${jsx.position?.start.line ?? '?'} ${problem}`);
      }
    });
    if (problems.length > 0) {
      // One line per problem, each with its file and line, like every other report of the build.
      throw new Error(problems.map((problem) => `${problem}; see "Raw HTML in notes" in the README`).join('\n'));
    }
  };
}
