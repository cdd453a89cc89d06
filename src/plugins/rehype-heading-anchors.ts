import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Gives every h2–h6 that has an `id` a link to itself, for copying a deep link.
 * The link sits beside the heading, not inside it, so the heading's text (used
 * for "On this page" and search) stays the author's.
 */
export default function rehypeHeadingAnchors() {
  return function transform(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      const rank = headingRank(node);
      if (!parent || index === undefined || !rank || rank < 2) return;
      const id = node.properties.id;
      // GFM's footnote heading is for screen readers only; a visible anchor would float alone.
      const hidden = Array.isArray(node.properties.className) && node.properties.className.includes('sr-only');
      if (typeof id !== 'string' || !id || hidden) return;
      // Not indexed: search should find the heading, not "Link to section".
      const anchor = h('a', { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, '#'),
        h('span', { className: ['sr-only'] }, `Link to section: ${toString(node)}`),
      ]);
      parent.children[index] = h('div', { className: ['heading', `heading-${rank}`] }, [node, anchor]);
      return SKIP;
    });
  };
}
