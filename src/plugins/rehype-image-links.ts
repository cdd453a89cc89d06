import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { SKIP, walkTree } from '../util/walk-tree.ts';
import type {} from './remark-note-links.ts'; // Types `file.data.links`.

/** Set by remark-note-links on a note's own image: the URL its original file is published at. */
export const FULL_SIZE_PROPERTY = 'dataFullSize';

type Image = Element | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Marks, in an image's `data`, that a use of the plugin has seen it. */
const SEEN = 'imageLinkSeen';

declare module 'hast' {
  interface Data {
    /** Set by rehype-image-links on every image it has seen. */
    [SEEN]?: boolean;
  }
}

export interface Options {
  /**
   * Raw HTML's and MDX's images, whose `src` remark-note-links rewrote to the published file: a site path
   * links to itself. Without it only the images remark-note-links marked are linked.
   */
  fromSrc?: boolean;
}

/**
 * A file of the notes folder that raw HTML or JSX embeds, as remark-note-links published it (`file.data.links`);
 * a remote image, or one that does not exist, is left as it is.
 */
const publishedFile = (src: unknown, file: VFile): string | undefined =>
  typeof src === 'string' && file.data.links?.some((link) => link.publish !== undefined && link.href === src) ? src : undefined;

/** The full-size URL of an image: its original, published at its path. */
function fullSize(image: Image, fromSrc: boolean, file: VFile): string | undefined {
  if (image.type !== 'element') {
    const src = image.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src')?.value;
    return publishedFile(src, file);
  }
  const full = image.properties[FULL_SIZE_PROPERTY];
  delete image.properties[FULL_SIZE_PROPERTY];
  if (typeof full === 'string') return full;
  return fromSrc ? publishedFile(image.properties.src, file) : undefined;
}

const isImage = (node: Nodes): node is Image =>
  (node.type === 'element' && node.tagName === 'img') ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img');

const isLink = (node: Nodes): boolean =>
  (node.type === 'element' && node.tagName === 'a') ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a');

/**
 * Links every image of the note's own that it embeds to its full-size version, as GitHub does: a reader
 * without JavaScript opens it with a click, and the zoom viewer (src/scripts/image-zoom.ts) opens what
 * `data-zoom` links. An image already inside a link keeps that link; a remote or broken one gets none,
 * so the link checks see each image once. Raw HTML parsed after this runs gets its links from a second
 * use (see src/render/note-renderer.ts).
 */
export default function rehypeImageLinks(options: Options = {}) {
  const fromSrc = options.fromSrc ?? false;
  return function transform(tree: Root, file: VFile): void {
    walkTree<Nodes, Root | Element>(tree, (node, ancestors, index) => {
      if (!isImage(node) || index === undefined || node.data?.[SEEN]) return;
      // Not rendered: the second use leaves a Markdown image the first one did not link (a broken one) as it is.
      node.data = { ...node.data, [SEEN]: true };
      const href = fullSize(node, fromSrc, file);
      const parent = ancestors.at(-1);
      if (!href || !parent || ancestors.some((ancestor) => isLink(ancestor as Nodes))) return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href, className: ['image-link'], dataZoom: '' },
        children: [node as ElementContent],
      };
      parent.children[index] = link;
      return SKIP;
    });
  };
}
