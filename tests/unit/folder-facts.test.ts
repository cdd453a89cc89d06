import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { factsHold } from '../../src/notes/folder-facts.ts';
import type { NoteLinksOptions } from '../../src/notes/link-options.ts';
import remarkNoteLinks from '../../src/plugins/remark-note-links.ts';

/** A notes folder on disk, and link options that describe it. */
function folder(): { notesDir: string; options: (more?: Partial<NoteLinksOptions>) => NoteLinksOptions } {
  const notesDir = mkdtempSync(join(tmpdir(), 'folder-facts-'));
  mkdirSync(join(notesDir, 'shots'));
  mkdirSync(join(notesDir, 'talkies'));
  writeFileSync(join(notesDir, 'shots/pose.webp'), 'x');
  writeFileSync(join(notesDir, 'flow.json'), '{}');
  const options = (more: Partial<NoteLinksOptions> = {}) => ({ notesDir, noteIds: new Set(['a', 'talkies/README']), ...more });
  return { notesDir, options };
}

/** What remark-note-links asked of the folder while resolving `markdown` in note `a.md`. */
function factsOf(markdown: string, options: NoteLinksOptions) {
  const file = new VFile({ value: markdown, path: join(options.notesDir, 'a.md') });
  unified().use(remarkNoteLinks, options).runSync(unified().use(remarkParse).parse(markdown), file);
  return file.data.folderFacts ?? {};
}

describe('what resolving a note’s links asks of its folder', () => {
  it('writes down each question with its answer, once', () => {
    const { options } = folder();
    const facts = factsOf(
      '![shot](shots/later.webp) ![pose](shots/pose.web) [b](b.md) [a](a.md) [again](a.md) [talk](talkies/) [flow](flow.json)',
      options({ workflows: new Set(['flow.json']) }),
    );
    expect(facts).toEqual({
      'kind shots/later.webp': '',
      'near-file shots/later.webp': '',
      'kind shots/pose.web': '',
      'near-file shots/pose.web': 'pose.webp',
      'note b': '',
      'kind b.md': '',
      'near-note b': 'a',
      'note a': 'yes',
      'kind talkies': 'folder',
      'readme talkies': 'talkies/README',
      'kind flow.json': 'file',
      'workflow flow.json': 'yes',
    });
  });

  it('holds until one answer changes: a file added, removed or renamed, a note added, a workflow no more', () => {
    const { notesDir, options } = folder();
    const now = options({ workflows: new Set(['flow.json']) });
    const facts = factsOf('![shot](shots/later.webp) ![pose](shots/pose.web) [b](b.md) [flow](flow.json)', now);
    expect(factsHold(facts, now)).toBe(true);
    // Something no link asked about changes nothing.
    writeFileSync(join(notesDir, 'shots/unrelated.png'), 'x');
    expect(factsHold(facts, now)).toBe(true);

    writeFileSync(join(notesDir, 'shots/later.webp'), 'x');
    expect(factsHold(facts, now)).toBe(false);
    rmSync(join(notesDir, 'shots/later.webp'));
    expect(factsHold(facts, now)).toBe(true);

    renameSync(join(notesDir, 'shots/pose.webp'), join(notesDir, 'shots/pose-v2.webp'));
    expect(factsHold(facts, now)).toBe(false);
    renameSync(join(notesDir, 'shots/pose-v2.webp'), join(notesDir, 'shots/pose.webp'));

    expect(factsHold(facts, options({ workflows: new Set(['flow.json']), noteIds: new Set(['a', 'talkies/README', 'b']) }))).toBe(false);
    expect(factsHold(facts, options({ workflows: new Set() }))).toBe(false);
  });
});
