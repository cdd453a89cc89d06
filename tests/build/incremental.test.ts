import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { keptDirIn, notesCacheDir } from '../../src/render/kept-files.ts';
import { buildSite, notesFolder } from '../helpers/build-site.ts';

const modelUrls = (outDir: string): string[] =>
  (JSON.parse(readFileSync(join(outDir, 'models.json'), 'utf8')) as { models: { url: string }[] }).models.map((model) => model.url).sort();

it('rebuilds only the note that changed, and the rest of the site, model index and all, from the cache', async () => {
  // A line of its own in each note, so no earlier build's cache holds them.
  const stamp = `Built at ${Date.now()}.`;
  const dir = notesFolder({
    'a.md': `# A\n\nSee [B](b.md).\n\n${stamp}\n`,
    'b.md': `# B\n\nUses [a LoRA](https://huggingface.co/owner/b-lora).\n\n${stamp}\n`,
    'c.mdx': `# C\n\nUses [another](https://huggingface.co/owner/c-lora).\n\n${stamp}\n`,
  });
  // The same settings (output folder included) both times: Astro clears its store when they change. A cache of its own:
  // other tests build between the two.
  const cacheDir = mkdtempSync(join(tmpdir(), 'lora-notes-incremental-cache-'));
  const keptDir = keptDirIn(notesCacheDir(cacheDir));
  const env = { NOTES_DIR: dir, CACHE_DIR: cacheDir };
  const outDir = mkdtempSync(join(tmpdir(), 'lora-notes-incremental-'));
  const first = await buildSite(env, outDir);
  expect(first.ok, first.output.slice(-3000)).toBe(true);
  const pageOfB = readFileSync(join(outDir, 'b/index.html'), 'utf8');
  const keptBefore = readdirSync(keptDir);

  writeFileSync(join(dir, 'a.md'), `# A\n\nSee [B](b.md) and [a new LoRA](https://huggingface.co/owner/a-lora).\n\n${stamp}\n`);
  const second = await buildSite(env, outDir);
  expect(second.ok, second.output.slice(-3000)).toBe(true);
  expect(second.output).toMatch(/3 notes in [\d.]+ s: 1 rendered \(on the main thread(, started before Astro loaded)?\), 2 unchanged/);
  expect(readFileSync(join(outDir, 'b/index.html'), 'utf8')).toBe(pageOfB);
  expect(readFileSync(join(outDir, 'a/index.html'), 'utf8')).toContain('https://huggingface.co/owner/a-lora');
  // Models of the notes that did not render again come from what their first render kept.
  expect(modelUrls(outDir)).toEqual([
    'https://huggingface.co/owner/a-lora',
    'https://huggingface.co/owner/b-lora',
    'https://huggingface.co/owner/c-lora',
  ]);
  // What the old text of a.md kept is gone, and what the others kept is still there.
  const keptAfter = readdirSync(keptDir);
  const gone = keptBefore.filter((name) => !keptAfter.includes(name));
  // Named by digest, which has no dots.
  expect(gone.map((name) => name.slice(name.indexOf('.'))).sort()).toEqual(['.html', '.links-out.json', '.metadata.json', '.models.json']);
  expect(keptAfter.filter((name) => !keptBefore.includes(name))).toHaveLength(4);
});
