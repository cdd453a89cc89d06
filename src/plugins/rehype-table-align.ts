import type { Nodes, Root } from 'hast';
import { walkTree } from '../util/walk-tree.ts';

/**
 * GFM writes column alignment (`| :--- |`) as the `align` attribute, which HTML no
 * longer has; a class keeps the alignment without an inline style the CSP would block.
 */
export default function rehypeTableAlign() {
  return function transform(tree: Root): void {
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element' || (node.tagName !== 'th' && node.tagName !== 'td')) return;
      const align = node.properties.align;
      if (typeof align !== 'string') return;
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    });
  };
}
