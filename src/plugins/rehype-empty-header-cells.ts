import type { Element, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walkTree } from '../util/walk-tree.ts';

const isCell = (node: Nodes, name: string): node is Element => node.type === 'element' && node.tagName === name;

/**
 * A table's corner left blank (`|   | High | Low |`) is a header cell that names nothing, which screen readers
 * announce as an empty heading (axe: empty-table-header): it becomes a plain cell, and the row's other headers say
 * they head their columns (`scope="col"`), which a row of mixed cells no longer tells. A cell with an image or other
 * element keeps its role, since its name may come from them.
 */
export default function rehypeEmptyHeaderCells() {
  return function transform(tree: Root): void {
    walkTree<Nodes>(tree, (row) => {
      if (row.type !== 'element' || row.tagName !== 'tr') return;
      let emptied = false;
      for (const cell of row.children) {
        if (!isCell(cell, 'th') || toString(cell).trim() || cell.children.some((child) => child.type === 'element')) continue;
        cell.tagName = 'td';
        emptied = true;
      }
      if (!emptied) return;
      for (const cell of row.children) if (isCell(cell, 'th')) cell.properties.scope = 'col';
    });
  };
}
