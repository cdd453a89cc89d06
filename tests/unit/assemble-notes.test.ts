import { describe, expect, it } from 'vitest';
import { assembleNotes, type RawNote } from '../../src/notes/assemble-notes.ts';
import { NoteError } from '../../src/util/note-error.ts';
import { readNoteFacts } from '../../src/notes/read-note-facts.ts';
import { clip } from '../../src/util/clip.ts';
import { parseNote } from '../../src/notes/parse-note.ts';

const toc = `# Lora Alchemy

## LoRa-s Table Of Contents

* Loras Alchemy; this document
* [LoRa-s Part I](part-01.md)
* [LoRa-s Part II](./part-02.md#top)
* [Both Ways](both-ways.md)

## Trivia

LoRAs often work with models they were not designed for.
`;

const note = (id: string, body: string, data: RawNote['data'] = {}, extension = '.md'): RawNote => ({
  id,
  filePath: `content/${id}${extension}`,
  facts: readNoteFacts(parseNote(body, extension === '.mdx'), id),
  data,
});

describe('assembleNotes', () => {
  it('derives title, description and order from the text', () => {
    const notes = assembleNotes(
      [
        note('both-ways', '# Both Ways\n\nA number of models exist both ways.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'),
        note('part-01', '\uFEFF# LoRa-s, Part I\n\n## 2026.06\n\nNVFP4 versions.'),
        note('extra', '# Extra\n\nNot in the table of contents.'),
        note('alchemy', toc),
        note('part-02', '# LoRa-s, Part II\n\n> a quote\n\nSome LoRa-s that attracted attention.'),
      ],
      'alchemy',
    );
    expect(notes.map((n) => [n.id, n.title, n.order])).toEqual([
      ['alchemy', 'Lora Alchemy', 1],
      ['part-01', 'LoRa-s, Part I', 2],
      ['part-02', 'LoRa-s, Part II', 3],
      ['both-ways', 'Both Ways', 4],
      ['extra', 'Extra', 1_000_000],
    ]);
    expect(notes[0]!.description).toBe('LoRAs often work with models they were not designed for.');
    expect(notes[1]!.description).toBe('NVFP4 versions.');
    expect(notes[2]!.description).toBe('Some LoRa-s that attracted attention.');
  });

  it('lets front matter win over what the text says', () => {
    const [only] = assembleNotes(
      [note('a', '# Heading\n\nFirst.', { title: 'Front', description: 'Given.', order: 7, tags: ['x'] })],
      'alchemy',
    );
    expect(only).toMatchObject({ title: 'Front', description: 'Given.', order: 7, tags: ['x'], draft: false });
  });

  it('orders notes outside the table of contents by file name', () => {
    const notes = assembleNotes([note('b', '# B'), note('a', '# A'), note('c', '# C', { order: 1 })], 'alchemy');
    expect(notes.map((n) => n.id)).toEqual(['c', 'a', 'b']);
  });

  it('falls back to the file name when the note has headings but no `#` one', () => {
    const [only] = assembleNotes([note('guides/setup', '## Steps\n\nDo this.')], 'alchemy');
    expect(only!.title).toBe('setup');
  });

  it('does not take MDX imports or components for the description', () => {
    const [only] = assembleNotes(
      [note('m', "import X from './x.ts';\n\n# M\n\n<Callout>aside</Callout>\n\nReal first paragraph.", {}, '.mdx')],
      'alchemy',
    );
    expect(only!.description).toBe('Real first paragraph.');
  });

  it('fails on a note with neither a title nor any heading, naming the file', () => {
    expect(() => assembleNotes([note('plain', 'Just text.')], 'alchemy')).toThrow(
      new NoteError(
        'content/plain.md: the note has no title: add a "# Title" heading as its first line, or front matter with "title: ...".',
      ),
    );
    expect(() => assembleNotes([note('empty', '')], 'alchemy')).toThrow(/content\/empty\.md: the note has no title/);
  });

  it('fails on a duplicate order, naming both files and the field', () => {
    expect(() => assembleNotes([note('a', '# A', { order: 2 }), note('b', '# B', { order: 2 })], 'alchemy')).toThrow(
      'content/b.md: field "order": expected a number no other note uses, but content/a.md has order 2 too; give one of them another number.',
    );
  });

  it('reports every problem at once', () => {
    expect(() =>
      assembleNotes([note('a', '# A', { order: 1 }), note('b', '# B', { order: 1 }), note('plain', 'Text.'), note('empty', '')], 'alchemy'),
    ).toThrow(/^content\/b\.md: field "order".*\ncontent\/plain\.md: the note has no title.*\ncontent\/empty\.md: the note has no title/);
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(clip('short text', 20)).toBe('short text');
    expect(clip('one two three four five six', 16)).toBe('one two three…');
  });
});
