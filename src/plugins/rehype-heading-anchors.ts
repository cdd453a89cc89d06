import type { Nodes, Parents, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, walkTree } from '../util/walk-tree.ts';

/**
 * Gives every h2–h6 that has an `id` a link to itself, for copying a deep link.
 * The link sits beside the heading, not inside it, so the heading's text (used
 * for "On this page" and search) stays the author's.
 */
export default function rehypeHeadingAnchors() {
  return function transform(tree: Root): void {
    walkTree<Nodes, Parents>(tree, (node, ancestors, index) => {
      const parent = ancestors.at(-1);
      if (node.type !== 'element' || !parent || index === undefined) return;
      const rank = headingRank(node);
      if (!rank || rank < 2) return;
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
