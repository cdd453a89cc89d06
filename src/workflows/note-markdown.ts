import GithubSlugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeScrollRegions from '../plugins/rehype-scroll-regions.ts';
import { walkTree } from '../util/walk-tree.ts';

/**
 * An image in a workflow's note is someone else's file: the site's policy loads images only from itself,
 * so each becomes a link to the image, named by its alt text.
 */
function rehypeImagesAsLinks() {
  return (tree: Root) =>
    walkTree<Nodes>(tree, (element) => {
      if (element.type !== 'element' || element.tagName !== 'img') return;
      const alt = typeof element.properties.alt === 'string' && element.properties.alt ? element.properties.alt : 'image';
      element.tagName = 'a';
      element.properties = { href: element.properties.src };
      element.children = [{ type: 'text', value: alt }];
    });
}

/** Outgoing links open as the notes' do: no referrer, no access to this page. */
function rehypeSafeLinks() {
  return (tree: Root) =>
    walkTree<Nodes>(tree, (element) => {
      if (element.type === 'element' && element.tagName === 'a' && element.properties.href !== undefined)
        element.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
    });
}

/**
 * A note's headings stand under the page's own (its highest at `top`, the others below it in step), each
 * with an id of its own on the page: `prefix` and its slug.
 */
function rehypeNoteHeadings(options: { prefix: string; top: number }) {
  return (tree: Root) => {
    const headings: Element[] = [];
    walkTree<Nodes>(tree, (node) => {
      if (node.type === 'element' && headingRank(node)) headings.push(node);
    });
    const highest = Math.min(...headings.map((heading) => headingRank(heading)!));
    const slugger = new GithubSlugger();
    for (const heading of headings) {
      heading.tagName = `h${Math.min(6, options.top + headingRank(heading)! - highest)}`;
      heading.properties = { id: `${options.prefix}${slugger.slug(toString(heading))}` };
    }
  };
}

/** GitHub's rules for user content (what rehype-sanitize keeps by default), headings shifted under the page's own. */
const processor = (prefix: string, top: number) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML in a workflow's note is dropped, never passed on: the file is not ours to trust.
    .use(remarkRehype)
    .use(rehypeImagesAsLinks)
    .use(rehypeSanitize, { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img') })
    .use(rehypeSafeLinks)
    .use(rehypeNoteHeadings, { prefix, top })
    // A wide table scrolls in its own box, as in the notes.
    .use(rehypeScrollRegions)
    .use(rehypeStringify);

/**
 * A MarkdownNote's text as HTML that can carry no script, style, frame or image from the file; `prefix` makes its
 * heading ids the page's own, and its highest heading is an `h<top>`.
 */
export function noteMarkdownHtml(markdown: string, options: { prefix: string; top: number }): string {
  return String(processor(options.prefix, options.top).processSync(markdown));
}
