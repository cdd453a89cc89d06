import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinksReport } from '../../src/links/broken-links.ts';
import { noteLinkOptions, replaceNoteIds } from '../../src/notes/link-options.ts';
import { resolveLinkTarget } from '../../src/plugins/remark-note-links.ts';

describe('the broken links report', () => {
  it('sorts the notes’ links by file, line and column, then the pages’ own, then one summary line', () => {
    const at = (file: string, line: number, column: number) => ({
      file: join(process.cwd(), file),
      line,
      column,
      written: 'x',
      reason: 'r',
    });
    const report = brokenLinksReport(
      [at('b.md', 1, 1), at('a.md', 10, 2), at('a.md', 2, 9), at('a.md', 10, 1)],
      ['/ (index.html:3) <a> "y" r'],
    );
    expect(report.split('\n')).toEqual([
      'a.md:2:9 "x" r',
      'a.md:10:1 "x" r',
      'a.md:10:2 "x" r',
      'b.md:1:1 "x" r',
      '/ (index.html:3) <a> "y" r',
      "5 broken links (4 in 2 notes, 1 made by the site's own pages).",
    ]);
  });
});

describe('the notes links resolve against', () => {
  it('follow the notes the loader lists, so a note added while `npm run dev` runs is linkable at once', () => {
    const notesDir = mkdtempSync(join(tmpdir(), 'note-ids-'));
    writeFileSync(join(notesDir, 'a.md'), '# A\n');
    const options = noteLinkOptions({ notesDir, base: '/', sourceRepo: undefined });
    const note = join(notesDir, 'a.md');
    expect(resolveLinkTarget('b.md', 'link', note, options)).toEqual({
      problem: 'goes to a note that does not exist; did you mean "a.md"?',
    });
    replaceNoteIds(notesDir, ['a', 'b']);
    expect(resolveLinkTarget('b.md', 'link', note, options)).toEqual({ url: '/b/' });
  });
});
