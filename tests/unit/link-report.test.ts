import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinksReport } from '../../src/links/broken-links.ts';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { buildContextFor } from '../../src/build/build-context.ts';
import { markdownPlugins } from '../../src/plugins/markdown-pipeline.ts';

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
  it('follow the notes the loader lists, so a note added while `npm run dev` runs is linkable at once', async () => {
    const notesDir = mkdtempSync(join(tmpdir(), 'note-ids-'));
    writeFileSync(join(notesDir, 'a.md'), '# A\n');
    const context = buildContextFor({ notesDir, base: '/', sourceRepo: undefined });
    context.setNoteIds(['a']);
    // As astro.config.mjs configures the MDX pipeline: once, asking the context for each note.
    const { remarkPlugins } = markdownPlugins(() => context.linkOptions());
    const processor = unified()
      .use(remarkParse)
      .use(remarkPlugins as PluggableList);
    const problemOf = async () => {
      const file = new VFile({ value: '[b](b.md)', path: join(notesDir, 'a.md') });
      await processor.run(processor.parse(file), file);
      return file.data.links?.[0]?.problem;
    };
    expect(await problemOf()).toBe('goes to a note that does not exist; did you mean "a.md"?');
    context.setNoteIds(['a', 'b']);
    expect(await problemOf()).toBeUndefined();
    // One context per notes folder for the whole process: the loader's module graph gets the same one.
    expect(buildContextFor({ notesDir, base: '/', sourceRepo: undefined })).toBe(context);
  });
});
