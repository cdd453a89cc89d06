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
    // Raw HTML starts with `<`: a note without one has none, and its tree need not be walked.
    if (!String(file.value).includes('<')) return tree;
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    return found ? (raw(tree, { file }) as Root) : tree;
  };
}
