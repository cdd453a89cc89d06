import type { Nodes, Root } from 'hast';
import type {} from '@astrojs/markdown-remark'; // Types `file.data.astro`.
import type { VFile } from 'vfile';
import { walkTree } from '../util/walk-tree.ts';

/** HAST names Astro keeps on the element; everything else goes into the image's options. */
const PRESERVED = ['className', 'htmlFor'];

/**
 * The widths a note's image is encoded at: the device pixels of the column it fills on a phone at 1×, 2× and 3×
 * (358, 716 and 1,074 px) and a desktop at 1× and 2× (736 and 1,472 px), each within a third of what it needs. None is
 * wider than the original (Astro leaves those out); the zoom viewer opens the original file itself.
 */
export const IMAGE_WIDTHS = [480, 750, 1100, 1500];
/**
 * How wide the column is, as src/styles/site.css lays it out: the page less its padding on a phone; beside the sidebar
 * (15rem, padding 2.5rem each side) from 50rem; beside "On this page" too (14rem) from 75rem; never over 48rem.
 */
export const IMAGE_SIZES =
  '(min-width: 75rem) min(48rem, calc(100vw - 34rem)), (min-width: 50rem) min(48rem, calc(100vw - 20rem)), calc(100vw - 2rem)';

/** An image of the note's own: a relative path, which Astro's asset pipeline optimises (a URL or a site path stays as written). */
const isLocal = (src: string): boolean => !URL.canParse(src) && !src.startsWith('/');

/**
 * Does for a note's own images what Astro's Markdown pipeline does (`remarkCollectImages`,
 * then `rehypeImages`, neither exported): lists them in `file.data.astro.localImagePaths`
 * and marks each `__ASTRO_IMAGE_`, so `render(entry)` swaps in the optimised image. Its
 * Markdown images (`![]()`, `![][ref]`) are the `img` elements here: raw HTML is not parsed yet.
 */
export default function rehypeAstroImages() {
  return function transform(tree: Root, file: VFile): void {
    const local = new Set<string>();
    const occurrences = new Map<string, number>();
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = decodeURI(node.properties.src);
      if (!isLocal(src)) return;
      local.add(src);
      const kept: typeof node.properties = {};
      const options: Record<string, unknown> = { widths: IMAGE_WIDTHS, sizes: IMAGE_SIZES, ...node.properties, src };
      for (const key of PRESERVED) {
        if (key in options) {
          kept[key] = node.properties[key];
          delete options[key];
        }
      }
      const index = occurrences.get(node.properties.src) ?? 0;
      occurrences.set(node.properties.src, index + 1);
      node.properties = { ...kept, __ASTRO_IMAGE_: JSON.stringify({ ...options, index }) };
    });
    (file.data.astro ??= {}).localImagePaths = [...local];
  };
}
