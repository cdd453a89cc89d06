import { readFileSync } from 'node:fs';
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import type { Node, Parent } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, walkTree } from '../../src/util/walk-tree.ts';
import { fixtureNoteFiles } from '../helpers/fixture-notes.ts';

const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** What a walk saw: each node with its ancestors (copied, as the walk reuses the array) and its index. */
type Seen = [Node, Parent[], number | undefined][];

function withLibrary(tree: Node): Seen {
  const seen: Seen = [];
  visitParents(tree, (node, ancestors) => {
    const parent = ancestors.at(-1);
    seen.push([node, [...ancestors], parent ? (parent as Parent).children.indexOf(node as Parent['children'][number]) : undefined]);
  });
  return seen;
}

function withWalk(tree: Node): Seen {
  const seen: Seen = [];
  walkTree(tree, (node, ancestors, index) => {
    seen.push([node, [...ancestors], index]);
  });
  return seen;
}

/** The type of each node a walk over `text` visits, its visitor answering as `action` says. */
function typesSeen(text: string, action: (node: Nodes) => typeof SKIP | typeof EXIT | undefined): string[] {
  const types: string[] = [];
  walkTree<Nodes, Parents>(parse(text), (node) => {
    types.push(node.type);
    return action(node);
  });
  return types;
}

describe('walkTree', () => {
  it('visits what unist-util-visit-parents visits, in its order, with the same ancestors and indexes', () => {
    const files = fixtureNoteFiles();
    expect(files.length).toBeGreaterThan(10);
    let nodes = 0;
    for (const file of files) {
      const mdast = parse(readFileSync(file, 'utf8'));
      const hast = toHast(mdast, { allowDangerousHtml: true });
      for (const tree of [mdast, hast]) {
        const seen = withWalk(tree);
        nodes += seen.length;
        // Compared by identity: the same node objects, not equal copies.
        const library = withLibrary(tree);
        expect(seen.length, file).toBe(library.length);
        seen.forEach(([node, ancestors, index], at) => {
          const [libraryNode, libraryAncestors, libraryIndex] = library[at]!;
          expect(node === libraryNode && index === libraryIndex, `${file}: node ${at}`).toBe(true);
          expect(
            ancestors.every((ancestor, depth) => ancestor === libraryAncestors[depth]) && ancestors.length === libraryAncestors.length,
          ).toBe(true);
        });
      }
    }
    expect(nodes).toBeGreaterThan(1000);
  });

  it('does not go into a node when told to skip it, and goes on after it', () => {
    const types = typesSeen('# A *b*\n\nc *d*\n', (node) => (node.type === 'heading' ? SKIP : undefined));
    expect(types).toEqual(['root', 'heading', 'paragraph', 'text', 'emphasis', 'text']);
  });

  it('stops when told to', () => {
    const types = typesSeen('a *b* c\n\nd\n', (node) => (node.type === 'emphasis' ? EXIT : undefined));
    expect(types).toEqual(['root', 'paragraph', 'text', 'emphasis']);
  });

  it('lets a visitor replace its node, going on into the node it was called with', () => {
    const tree = parse('a *b* c\n');
    const seen: string[] = [];
    walkTree<Nodes, Parents>(tree, (node, ancestors, index) => {
      seen.push(node.type);
      if (node.type === 'emphasis') ancestors.at(-1)!.children[index!] = { type: 'strong', children: node.children };
    });
    expect(seen).toEqual(['root', 'paragraph', 'text', 'emphasis', 'text', 'text']);
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'strong' }, { type: 'text' }] });
  });
});
