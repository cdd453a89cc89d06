import type { Element, Nodes, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { clip } from '../util/clip.ts';
import { SKIP, walkTree } from '../util/walk-tree.ts';

/** Marks a box that may scroll sideways; the page script takes its tab stop away where it does not. */
export const SCROLL_REGION_PROPERTY = 'dataScrollRegion';

/** Focusable and named, so a keyboard can scroll it and a screen reader says what it is (axe's scrollable-region-focusable). */
const region = (label: string) => ({ role: 'region', ariaLabel: label, tabIndex: 0, [SCROLL_REGION_PROPERTY]: '' });

/** "Code", or "Code (python)" from the fence's language. */
function codeLabel(pre: Element): string {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const classes = Array.isArray(code?.properties.className) ? code.properties.className : [];
  const language = classes.map(String).find((name) => name.startsWith('language-'));
  return language ? `Code (${language.slice('language-'.length)})` : 'Code';
}

/** A table's caption, else its column headings: what tells one table from the next. */
function tableLabel(table: Element): string {
  let caption = '';
  const headings: string[] = [];
  walkTree<Nodes>(table, (node) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'caption') caption = toString(node).trim();
    else if (node.tagName === 'th') headings.push(toString(node).trim());
    else return;
    return SKIP;
  });
  const named = caption || headings.filter(Boolean).join(', ');
  return named ? `Table: ${clip(named, 80)}` : 'Table';
}

/**
 * Code blocks and tables scroll sideways where their lines are wider than the column; each becomes a
 * named region that takes the focus, as a `<pre>` from Astro's Shiki does. A table is wrapped, so it
 * keeps its own role.
 */
export default function rehypeScrollRegions() {
  return function transform(tree: Root): void {
    // Landmarks need names of their own: a note's second table of the same columns is "… (2)".
    const seen = new Map<string, number>();
    const unique = (label: string) => {
      const count = (seen.get(label) ?? 0) + 1;
      seen.set(label, count);
      return count === 1 ? label : `${label} (${count})`;
    };
    walkTree<Nodes, Parents>(tree, (node, ancestors, index) => {
      const parent = ancestors.at(-1);
      if (node.type !== 'element' || !parent || index === undefined) return;
      if (node.tagName === 'pre') {
        Object.assign(node.properties, region(unique(codeLabel(node))));
        return SKIP;
      }
      if (node.tagName !== 'table') return;
      parent.children[index] = h('div', { className: ['table-scroll'], ...region(unique(tableLabel(node))) }, [node]);
      return SKIP;
    });
  };
}
