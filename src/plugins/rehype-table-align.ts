import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * GFM writes column alignment (`| :--- |`) as the `align` attribute, which HTML no
 * longer has; a class keeps the alignment without an inline style the CSP would block.
 */
export default function rehypeTableAlign() {
  return function transform(tree: Root): void {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'th' && node.tagName !== 'td') return;
      const align = node.properties.align;
      if (typeof align !== 'string') return;
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    });
  };
}
