import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import remarkParseSections, { parseSections } from '../../src/plugins/remark-parse-sections.ts';
import { largeNote } from '../../scripts/generate-notes.ts';
import { fixtureNoteFiles } from '../helpers/fixture-notes.ts';

vi.mock('mdast-util-from-markdown', async (importOriginal) => {
  const original = await importOriginal<typeof import('mdast-util-from-markdown')>();
  return { ...original, fromMarkdown: vi.fn(original.fromMarkdown) };
});

const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
/** Cut at every heading it may cut at, however short the text. */
const sections = (text: string) => parseSections(text, options, 0);
const whole = (text: string) => fromMarkdown(text, options);

/** Texts where parsing a section alone could go wrong, each a different way. */
const tricky: Record<string, string> = {
  'tight and loose lists before a heading': '- a\n- b\n\n# One\n\n- c\n\n- d\n\n## Two\n\n1. e\n2. f\n\n',
  'a fence that runs through headings': 'Intro\n\n```md\n# not a heading\n\n## nor this\n```\n\n# Real\n\ntext\n',
  'an unclosed fence to the end': 'Intro\n\n~~~\ncode\n\n# inside the fence\n\nmore\n',
  'a fence in a list, unclosed': '- item\n\n  ```\n  code\n\n# Heading ends the list\n\nafter\n',
  'an HTML comment over a heading': 'a\n\n<!-- hidden\n\n# hidden heading\n\n-->\n\n# Shown\n',
  'a pre block over a heading': 'a\n\n<pre>\n\n# in pre\n\n</pre>\n\n# After\n',
  'a div ended by a blank line': '<div>\n\n# Heading\n\n</div>\n',
  'a div a heading follows at once': 'a\n\n<div>\n# inside the div\n</div>\n\n# After\n',
  'references both ways':
    '# A\n\nSee [later][l] and [Later] and [early].\n\n[early]: /e\n\n# B\n\n[l]: /l "Title"\n[LATER]: /later\n\nUse [early] here.\n',
  'footnotes defined at the end':
    '# A\n\nText[^1] and[^note].\n\n# B\n\nMore[^1].\n\n# Notes\n\n[^1]: First.\n[^note]: Second\n    continued.\n',
  'an undefined reference stays text': '# A\n\n[nothing] here and [^none].\n\n# B\n\n[something]: /s\n',
  'definitions in a quote': '# A\n\n> [q]: /q\n\n# B\n\n[q]\n',
  'a label that folds case': '# A\n\n[Straße]\n\n# B\n\n[STRASSE]: /s\n',
  'CRLF line endings': '# A\r\n\r\ntext [r]\r\n\r\n# B\r\n\r\n[r]: /r\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n',
  'a table then a heading': '| a | b |\n| - | - |\n| 1 | 2 |\n\n## T\n\n| c |\n| - |\n| 3 |',
  'setext headings and headings after paragraphs': 'Title\n=====\n\ntext\n# glued heading\n\nSub\n---\n\n#\n\n# x',
  'indented code with hashes': '    # code\n\n    # more code\n\n# Heading\n\n\tcode\n',
  'a heading on the first line and no newline at the end': '# First\n\n## Second',
  'an unclosed fence in the last section with borrowed definitions': '# A\n\n[d]: /d\n\n# B\n\n[d]\n\n```\ncode\n',
};

describe('remark-parse-sections', () => {
  for (const [name, text] of Object.entries(tricky)) {
    it(`gives the tree the whole text gives: ${name}`, () => {
      expect(sections(text)).toEqual(whole(text));
    });
  }

  it('gives the same tree for every note of the fixtures and our own notes', () => {
    const files = fixtureNoteFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(sections(text), file).toEqual(whole(text));
    }
  });

  it('cuts a long note into sections and gives the tree the whole text gives; a short one it parses whole', () => {
    const parses = vi.mocked(fromMarkdown);
    const long = largeNote().slice(0, 64 * 1024);
    parses.mockClear();
    const tree = parseSections(long, options);
    expect(parses.mock.calls.length).toBeGreaterThan(10);
    expect(tree).toEqual(whole(long));

    parses.mockClear();
    parseSections(long.slice(0, 8 * 1024), options);
    expect(parses).toHaveBeenCalledTimes(1);
  });

  it('is remark-parse for a processor, with the syntax extensions plugins add', () => {
    const text = '# A\n\n| a |\n| - |\n| [b] |\n\n# B\n\n[b]: https://example.com\n';
    const processor = unified().use(remarkParseSections, { minSize: 0 }).use(remarkGfm);
    const plain = unified().use(remarkParse).use(remarkGfm);
    const tree = processor.parse(text) as Root;
    expect(tree).toEqual(plain.parse(text));
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'table', 'heading', 'definition']);
  });
});
