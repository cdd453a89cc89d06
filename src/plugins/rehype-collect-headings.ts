import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { VFile } from 'vfile';
import { SKIP, walkTree } from '../util/walk-tree.ts';

/** Raw HTML that is only a tag (`<kbd>`, `</sup>`): no text of the heading's. */
const TAG_ONLY = /^\n?<.*>\n?$/;

/** A heading's text as Astro's `rehypeHeadingIds` reads it: its text and raw HTML that is more than a tag. */
function headingText(heading: Nodes): string {
  let text = '';
  walkTree<Nodes>(heading, (node) => {
    if (node.type === 'text' || (node.type === 'raw' && !TAG_ONLY.test(node.value))) text += node.value;
  });
  return text;
}

/**
 * Lists a note's headings (`file.data.astro.headings`, what `render(entry)` gives a page) as
 * Astro's own Markdown pipeline does, with the ids rehype-slug gave them. Astro's plugin is not
 * worth importing on a render thread: its module loads Shiki and Prism.
 */
export default function rehypeCollectHeadings() {
  return function collect(tree: Root, file: VFile): void {
    const headings: MarkdownHeading[] = [];
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element') return;
      const depth = headingRank(node);
      if (!depth) return;
      if (typeof node.properties.id === 'string') headings.push({ depth, slug: node.properties.id, text: headingText(node) });
      return SKIP;
    });
    (file.data.astro ??= {}).headings = headings;
  };
}
