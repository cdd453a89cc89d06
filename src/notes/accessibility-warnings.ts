import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoteWarning } from './note-reports.ts';
import { walkTree } from '../util/walk-tree.ts';

const text = (node: Nodes): string => toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim().toLowerCase();

/** What axe-core's `image-redundant-alt` compares an image's alt with: the text of its link, paragraph, list item or cell. */
const TEXT_HOLDERS = new Set(['link', 'linkReference', 'paragraph', 'listItem', 'tableCell']);

/**
 * What in a note's own text would make its page fail an accessibility check, so the
 * build can say where to fix it instead of shipping it silently: a heading that skips
 * a level (`#` then `###`; the page's title is the first level), and an image whose
 * alt text repeats the text beside it (a screen reader would read it twice).
 */
export function accessibilityWarnings(tree: Root): NoteWarning[] {
  const warnings: NoteWarning[] = [];
  let previous = 1;
  walkTree<Nodes, Parents>(tree, (node, ancestors) => {
    const at = node.position?.start ?? { line: 0, column: 0 };
    if (node.type === 'heading') {
      if (node.depth > previous + 1) {
        warnings.push({
          ...at,
          message: `heading level ${node.depth} follows level ${previous}, skipping ${node.depth - previous - 1}: screen readers navigate by level; use ${'#'.repeat(previous + 1)}`,
        });
      }
      previous = node.depth;
      return;
    }
    if (node.type !== 'image' || !node.alt?.trim()) return;
    const holder = [...ancestors].reverse().find((parent) => TEXT_HOLDERS.has(parent.type));
    if (holder && text(holder) === node.alt.replace(/\s+/g, ' ').trim().toLowerCase()) {
      warnings.push({
        ...at,
        message: `the image's alt text "${node.alt}" repeats the text beside it, so screen readers read it twice; describe the image, or use an empty alt`,
      });
    }
  });
  return warnings;
}
