import type { Nodes, Root } from 'mdast';
import { EXIT, walkTree } from '../util/walk-tree.ts';

/** Whether a note embeds an image (Markdown, raw HTML or MDX): its page then loads the zoom viewer's entry. */
export function hasImages(tree: Root): boolean {
  let found = false;
  walkTree<Nodes>(tree, (node) => {
    const image =
      node.type === 'image' ||
      node.type === 'imageReference' ||
      (node.type === 'html' && /<img\b/i.test(node.value)) ||
      ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img');
    if (!image) return;
    found = true;
    return EXIT;
  });
  return found;
}
