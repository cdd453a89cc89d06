import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { referenceNotes, seedNote, skipReason } from '../helpers/owner-notes.ts';
import { copiedSentences, externalUrls, missingLinks, noteTree } from '../helpers/provenance.ts';

const ours = (name: string) => readFileSync(join(projectRoot, 'content', name), 'utf8');
const theirs = (name: string) => readFileSync(join(referenceNotes!, name), 'utf8');

const pairs = [
  { note: 'part-01.md', reference: 'part-01.md', mdx: false },
  { note: 'part-02.md', reference: 'part-02.md', mdx: false },
  { note: 'both-ways.mdx', reference: 'both-ways.md', mdx: true },
];

describe.each(pairs)('our $note', ({ note, mdx }) => {
  it('has real front matter, at least three sections and links to the other notes', () => {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(ours(note))?.[1] ?? '';
    expect(frontmatter).toMatch(/^description: .{40,200}$/m);
    expect(frontmatter).toMatch(/^order: \d+$/m);
    let sections = 0;
    visit(noteTree(ours(note), mdx), 'heading', (heading) => {
      if (heading.depth === 2) sections += 1;
    });
    expect(sections).toBeGreaterThanOrEqual(3);
    const noteLinks = [...ours(note).matchAll(/\]\(((?:alchemy|part-01|part-02|both-ways)\.mdx?)/g)].map((match) => match[1]);
    expect(new Set(noteLinks).size).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(!seedNote)(`the seed note (${seedNote ? 'SEED_NOTE' : skipReason.seed})`, () => {
  it('is published word for word as content/alchemy.md', () => {
    expect(ours('alchemy.md')).toBe(readFileSync(seedNote!, 'utf8'));
  });
});

describe.skipIf(!referenceNotes)(`our notes against the owner’s (${referenceNotes ? 'REFERENCE_NOTES' : skipReason.reference})`, () => {
  describe.each(pairs)('$note', ({ note, reference, mdx }) => {
    it('carries every link of the reference note (the same URL or the same repository)', () => {
      expect(missingLinks(noteTree(ours(note), mdx), noteTree(theirs(reference)))).toEqual([]);
    });

    it('links only what the reference notes or the seed link, or the owner’s repository', () => {
      const known = new Set<string>();
      for (const name of ['alchemy.md', 'part-01.md', 'part-02.md', 'both-ways.md'])
        for (const url of externalUrls(noteTree(theirs(name)))) known.add(url);
      const invented = [...externalUrls(noteTree(ours(note), mdx))].filter(
        (url) => !known.has(url) && !url.startsWith('https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/'),
      );
      expect(invented).toEqual([]);
    });

    it('copies no sentence of ten or more words', () => {
      expect(copiedSentences(noteTree(ours(note), mdx), noteTree(theirs(reference)))).toEqual([]);
    });
  });
});

describe('the provenance checks', () => {
  const original = noteTree(
    '# T\n\nIf several LoRa-s are used together the order of application does not matter.\n\n[m](https://huggingface.co/a/b)\n',
  );

  it('catch a copied sentence, whatever the punctuation around it', () => {
    const copy = noteTree('# Mine\n\nAs they say, if several LoRa-s are used together the order of application does not matter!');
    expect(copiedSentences(copy, original)).toEqual(['If several LoRa-s are used together the order of application does not matter.']);
  });

  it('let a sentence in other words pass', () => {
    expect(copiedSentences(noteTree('# Mine\n\nThe order in which several LoRAs are applied makes no difference.'), original)).toEqual([]);
  });

  it('catch a missing link, and accept another link into the same repository', () => {
    expect(missingLinks(noteTree('# Mine\n\nNo links.'), original)).toEqual(['https://huggingface.co/a/b']);
    expect(missingLinks(noteTree('# Mine\n\n[m](https://huggingface.co/a/b/tree/main)'), original)).toEqual([]);
  });
});
