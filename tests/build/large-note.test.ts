import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { largeNote } from '../../scripts/generate-notes.ts';
import { buildSite, notesFolder } from '../helpers/build-site.ts';

it('builds a 1 MB note with its tables, headings and links intact', async () => {
  const markdown = largeNote();
  expect(markdown.length).toBeGreaterThanOrEqual(1_048_576);
  // A line of its own, so no earlier build's cache holds the note and it must render.
  const build = await buildSite({ NOTES_DIR: notesFolder({ 'big.md': `${markdown}\nBuilt at ${Date.now()}.\n` }) });
  expect(build.ok, build.output.slice(-3000)).toBe(true);
  // One note: a thread of its own would render it no sooner than the main thread.
  expect(build.output).toMatch(/1 notes in [\d.]+ s: 1 rendered \(on the main thread\), 0 unchanged/);
  const html = readFileSync(join(build.outDir, 'big/index.html'), 'utf8');
  const last = Number(/## Section (\d+)\n(?![\s\S]*## Section)/.exec(markdown)?.[1]);
  expect(html).toContain(`id="section-${last}"`);
  expect(html.match(/<tr>/g)?.length).toBeGreaterThan(last * 40);
});
