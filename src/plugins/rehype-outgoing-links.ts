import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { walkTree } from '../util/walk-tree.ts';

export interface Options {
  /** The link's `rel`, replacing any it had. */
  rel: string[];
  /** What follows the link's text, made for each link. */
  content: (link: Element) => ElementContent[];
  /** The properties of the `span` the content goes in. */
  contentProperties?: Properties;
}

/**
 * Marks every link that leaves the site (an `http:`, `https:` or protocol-relative
 * `href`): sets its `rel` and appends a `span` with `content(link)`. It does what
 * rehype-external-links does with these options, and a test holds it to that on every
 * fixture note; that plugin deep-copies the content for every link and walks with a
 * function per node, a sixth of a long note's render (docs/performance.md).
 */
export default function rehypeOutgoingLinks(options: Options) {
  const { rel, content, contentProperties = {} } = options;
  return function transform(tree: Root): void {
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !/^https?:|^\/\//.test(href)) return;
      node.properties.rel = [...rel];
      node.children.push({ type: 'element', tagName: 'span', properties: { ...contentProperties }, children: content(node) });
    });
  };
}
