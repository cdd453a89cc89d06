import type { Nodes, Root } from 'hast';
import { EXIT, walkTree } from '../util/walk-tree.ts';
import type { VFile } from 'vfile';

/**
 * Parses raw HTML written in a note into elements, as rehype-raw does, but only when
 * the note has any: re-parsing a whole note costs as much again as rendering it, and
 * its HTML parser (parse5) is loaded only then.
 */
export default function rehypeRawWhenPresent() {
  return async function transform(tree: Root, file: VFile): Promise<Root> {
    // Raw HTML starts with `<`: a note without one has none, and its tree need not be walked.
    if (!String(file.value).includes('<')) return tree;
    let found = false;
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'raw') return;
      found = true;
      return EXIT;
    });
    if (!found) return tree;
    const { raw } = await import('hast-util-raw');
    return raw(tree, { file }) as Root;
  };
}
