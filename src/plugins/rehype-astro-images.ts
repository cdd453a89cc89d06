import type { Nodes, Root } from 'hast';
import type {} from '@astrojs/markdown-remark'; // Types `file.data.astro`.
import type { VFile } from 'vfile';
import { columnSizes, IMAGE_WIDTHS } from '../images/image-widths.ts';
import { walkTree } from '../util/walk-tree.ts';

/** HAST names Astro keeps on the element; everything else goes into the image's options. */
const PRESERVED = ['className', 'htmlFor'];

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
      // The column's widths and sizes; the image service narrows `sizes` to the image's own width once Astro knows it.
      const options: Record<string, unknown> = { widths: IMAGE_WIDTHS, sizes: columnSizes(), ...node.properties, src };
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
