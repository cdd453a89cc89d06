import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, notesFolder } from '../helpers/build-site.ts';

it('builds a 1 MB note with its tables, headings and links intact', async () => {
  const sections: string[] = ['# Big note', '', 'A very long note, to show size alone breaks nothing.', ''];
  for (let section = 0; sections.join('\n').length < 1_048_576; section += 1) {
    sections.push(`## Section ${section}`, '', '| LoRA | Strength | Link |', '| --- | --- | --- |');
    for (let row = 0; row < 40; row += 1) {
      sections.push(`| lora_${section}_${row} | ${(row % 30) / 10} | [model](https://huggingface.co/owner/model-${section}-${row}) |`);
    }
    sections.push('', `Back to [the top](#big-note) or [section ${Math.max(0, section - 1)}](#section-${Math.max(0, section - 1)}).`, '');
  }
  const markdown = sections.join('\n');
  expect(markdown.length).toBeGreaterThanOrEqual(1_048_576);
  const build = await buildSite({ NOTES_DIR: notesFolder({ 'big.md': markdown }) });
  expect(build.ok, build.output.slice(-3000)).toBe(true);
  const html = readFileSync(join(build.outDir, 'big/index.html'), 'utf8');
  const last = Number(/## Section (\d+)\n(?![\s\S]*## Section)/.exec(markdown)?.[1]);
  expect(html).toContain(`id="section-${last}"`);
  expect(html.match(/<tr>/g)?.length).toBeGreaterThan(last * 40);
});
