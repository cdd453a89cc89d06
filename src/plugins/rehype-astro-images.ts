import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** HAST names Astro keeps on the element; everything else goes into the image's options. */
const PRESERVED = ['className', 'htmlFor'];

/**
 * Marks each local image collected by `remarkCollectImages` the way Astro's own
 * Markdown pipeline does (`__ASTRO_IMAGE_`), so `render(entry)` swaps in the
 * optimised image. Astro does not export its plugin; this mirrors it.
 */
export default function rehypeAstroImages() {
  return function transform(tree: Root, file: VFile): void {
    const local = (file.data.astro as { localImagePaths?: string[] } | undefined)?.localImagePaths;
    if (!local?.length) return;
    const occurrences = new Map<string, number>();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = decodeURI(node.properties.src);
      if (!local.includes(src)) return;
      const kept: typeof node.properties = {};
      const options: Record<string, unknown> = { ...node.properties, src };
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
  };
}
