import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseHubRepo } from '../../src/links/external/hub.ts';
import { parseNote } from '../../src/notes/derive-metadata.ts';
import { projectRoot, referenceNotes } from '../helpers/build-site.ts';

const ours = (name: string) => readFileSync(join(projectRoot, 'content', name), 'utf8');
const theirs = (name: string) => readFileSync(join(referenceNotes, name), 'utf8');
const tree = (text: string, mdx = false): Root => parseNote(text.replace(/^---\n[\s\S]*?\n---\n/, ''), mdx);

function externalUrls(root: Root): Set<string> {
  const urls = new Set<string>();
  visit(root, 'link', (link: Link) => {
    if (/^https?:\/\//.test(link.url)) urls.add(link.url);
  });
  return urls;
}

/** Prose as words, lower case, code left out: file names are facts, not sentences. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
function prose(root: Root): string {
  const parts: string[] = [];
  visit(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if (node.type === 'text') parts.push(node.value);
    return undefined;
  });
  return parts.join(' ');
}
/** Sentences of the reference: split at sentence ends and line breaks, as its authors wrote them. */
function sentences(root: Root): string[] {
  const texts: string[] = [];
  visit(root, ['paragraph', 'tableCell', 'heading'], (node) => {
    texts.push(toString(node, { includeImageAlt: false }));
    return 'skip';
  });
  return texts.flatMap((text) => text.split(/(?<=[.!?;])\s+|\n/));
}

const pairs = [
  { note: 'part-01.md', reference: 'part-01.md', mdx: false },
  { note: 'part-02.md', reference: 'part-02.md', mdx: false },
  { note: 'both-ways.mdx', reference: 'both-ways.md', mdx: true },
];

describe('our notes and the owner’s', () => {
  it('publishes the alchemy note word for word', () => {
    expect(ours('alchemy.md')).toBe(readFileSync(join(projectRoot, '../shared/seed/alchemy.md'), 'utf8'));
  });

  describe.each(pairs)('$note', ({ note, reference, mdx }) => {
    const mine = tree(ours(note), mdx);
    const original = tree(theirs(reference));

    it('carries every link of the reference note (the same URL or the same repository)', () => {
      const have = externalUrls(mine);
      const repos = new Set([...have].map((url) => parseHubRepo(new URL(url))?.repo).filter(Boolean));
      const missing = [...externalUrls(original)].filter((url) => !have.has(url) && !repos.has(parseHubRepo(new URL(url))?.repo));
      expect(missing).toEqual([]);
    });

    it('links only what the reference notes or the seed link, or the owner’s repository', () => {
      const known = new Set<string>();
      for (const name of ['alchemy.md', 'part-01.md', 'part-02.md', 'both-ways.md'])
        for (const url of externalUrls(tree(theirs(name)))) known.add(url);
      const invented = [...externalUrls(mine)].filter(
        (url) => !known.has(url) && !url.startsWith('https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/'),
      );
      expect(invented).toEqual([]);
    });

    it('copies no sentence of ten or more words', () => {
      const text = ` ${words(prose(mine)).join(' ')} `;
      const copied = sentences(original)
        .map((sentence) => words(sentence))
        .filter((sentence) => sentence.length >= 10)
        .filter((sentence) => text.includes(` ${sentence.join(' ')} `));
      expect(copied).toEqual([]);
    });

    it('has real front matter, at least three sections and links to the other notes', () => {
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(ours(note))?.[1] ?? '';
      expect(frontmatter).toMatch(/^description: .{40,200}$/m);
      expect(frontmatter).toMatch(/^order: \d+$/m);
      let sections = 0;
      visit(mine, 'heading', (heading) => {
        if (heading.depth === 2) sections += 1;
      });
      expect(sections).toBeGreaterThanOrEqual(3);
      const noteLinks = [...ours(note).matchAll(/\]\(((?:alchemy|part-01|part-02|both-ways)\.mdx?)/g)].map((match) => match[1]);
      expect(new Set(noteLinks).size).toBeGreaterThanOrEqual(2);
    });
  });

  it('the copy check catches a copied sentence', () => {
    const original = tree('# T\n\nIf several LoRa-s are used together the order of application does not matter.\n');
    const copy = ` ${words(prose(tree('# Mine\n\nAs they say, if several LoRa-s are used together the order of application does not matter!'))).join(' ')} `;
    const copied = sentences(original)
      .map(words)
      .filter((sentence) => sentence.length >= 10 && copy.includes(` ${sentence.join(' ')} `));
    expect(copied).toHaveLength(1);
  });
});
