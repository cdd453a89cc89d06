import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Parses raw HTML written in a note into elements, as rehype-raw does, but only when
 * the note has any: re-parsing a whole note costs as much again as rendering it.
 */
export default function rehypeRawWhenPresent() {
  return function transform(tree: Root, file: VFile): Root {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    return found ? (raw(tree, { file }) as Root) : tree;
  };
}
