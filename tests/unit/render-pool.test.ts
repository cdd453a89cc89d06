import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNoteRenderer } from '../../src/render/note-renderer.ts';
import { keptDirIn, keptFilesFor } from '../../src/render/kept-files.ts';
import type { RenderJob } from '../../src/render/render-job.ts';
import { RenderPool } from '../../src/render/render-pool.ts';
import { fixtureSite } from '../helpers/build-site.ts';

const notesDir = '/notes';
const links = (ids: string[]) => ({ notesDir, noteIds: new Set(ids), base: '/' });
const body = '# Title\n\nSee [the other note](other.md) and [a model](https://huggingface.co/owner/model).\n';
const job = (id: string, text: string, digest = `${id}-${text.length}`): RenderJob => ({
  id,
  body: text,
  file: `${notesDir}/${id}.md`,
  digest,
});
/** Renders a batch and waits for its threads to end. */
async function renderAll(pool: RenderPool, jobs: RenderJob[], options = links(jobs.map((each) => each.id))) {
  const batch = pool.render(jobs, options);
  const settled = await Promise.allSettled(batch.results);
  await batch.done;
  return { settled, threads: batch.threads };
}
async function one(pool: RenderPool, single: RenderJob, options?: ReturnType<typeof links>) {
  const [result] = (await renderAll(pool, [single], options)).settled;
  if (result!.status === 'rejected') throw result!.reason;
  return result!.value;
}

// Every batch goes to the threads (none is small), but in the tests that say otherwise.
describe.each([
  ['on threads', () => new RenderPool({ maxThreads: 2, smallBatch: 0, minThreads: 1 }), 2],
  ['on the main thread, a small batch', () => new RenderPool({ maxThreads: 2 }), 0],
])('RenderPool %s', (_, makePool, threads) => {
  const pool = makePool();
  const kept = mkdtempSync(join(tmpdir(), 'render-pool-'));
  mkdirSync(keptDirIn(kept));
  afterAll(() => rmSync(kept, { recursive: true, force: true }));

  it('renders exactly what the renderer renders', async () => {
    const [there, here] = await Promise.all([
      one(pool, job('note', body), links(['note', 'other'])),
      createNoteRenderer(links(['note', 'other']))('note', body, `${notesDir}/note.md`),
    ]);
    expect(there).toEqual(here);
    expect(there.page.html).toContain('href="/other/"');
  });

  it('writes the model links, the links to notes and the page HTML to the files it is given, and hands back the HTML of a note with images of its own', async () => {
    const files = keptFilesFor(kept, 'note');
    const written = await one(pool, { ...job('note', body), kept: files }, links(['note', 'other']));
    expect(written.page.html).toBe('');
    expect(written.modelLinks).toEqual([]);
    expect(written.linksOut).toEqual([]);
    expect(JSON.parse(readFileSync(files.linksOut, 'utf8'))).toEqual([{ to: 'other' }]);
    expect(readFileSync(files.html, 'utf8')).toContain('href="/other/"');
    expect(JSON.parse(readFileSync(files.modelLinks, 'utf8'))).toMatchObject([{ url: 'https://huggingface.co/owner/model' }]);

    // An image inside the notes folder goes through Astro's image pipeline, with the page.
    copyFileSync(join(fixtureSite, 'img/chart.png'), join(kept, 'chart.png'));
    const withImage = '# Pictures\n\n![a chart](chart.png)\n';
    const imageFiles = keptFilesFor(kept, 'pictures');
    const pictures = { ...job('pictures', withImage), file: join(kept, 'pictures.md'), kept: imageFiles };
    const handed = await one(pool, pictures, { ...links(['pictures']), notesDir: kept });
    expect(handed.page.metadata.imagePaths).toEqual(['chart.png']);
    expect(handed.page.html).toContain('<img');
    // Kept too: the store entry is made again from it when Astro clears its store.
    expect(readFileSync(imageFiles.html, 'utf8')).toBe(handed.page.html);
    expect(JSON.parse(readFileSync(imageFiles.modelLinks, 'utf8'))).toEqual([]);
  });

  it('renders many notes at once, each its own, in order', async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `n${index}`);
    const { settled, threads: used } = await renderAll(
      pool,
      ids.map((id) => job(id, `# Note ${id}\n`)),
    );
    expect(settled.map((result) => result.status === 'fulfilled' && result.value.page.metadata.note.facts.text.h1)).toEqual(
      ids.map((id) => `Note ${id}`),
    );
    expect(used).toBe(threads);
  });

  it('fails a note that cannot render with the renderer’s own message, and goes on', async () => {
    const { settled } = await renderAll(pool, [job('bad', '# Bad\n\n<script>alert(1)</script>\n'), job('good', '# Good\n')]);
    const [bad, good] = settled as [PromiseRejectedResult, PromiseFulfilledResult<unknown>];
    expect(bad.status).toBe('rejected');
    expect((bad.reason as Error).message).toMatch(/bad\.md:3 <script> is not allowed in notes/);
    expect((bad.reason as Error).name).toBe('NoteError');
    expect(good.status).toBe('fulfilled');
  });

  it('renders each batch with the link options it is given', async () => {
    const linked = await one(pool, job('note', body), links(['note', 'other']));
    expect(linked.checks.links.find((link) => link.written === 'other.md')?.problem).toBeUndefined();
    const unlinked = await one(pool, job('note', body), links(['note']));
    expect(unlinked.checks.links.find((link) => link.written === 'other.md')?.problem).toMatch(/does not exist/);
  });
});

it('renders on threads only a large batch that two or more threads share, at most one a note', { timeout: 30_000 }, async () => {
  // A smaller large batch than the default (1 MB), so the test renders little.
  const smallBatch = 64 * 1024;
  const pool = new RenderPool({ maxThreads: 3, smallBatch });
  // Each over half the text a batch needs for threads: two make a large batch, and one alone is over it too.
  const big = `# Big\n\n${'A line of text.\n\n'.repeat(2000)}`;
  const bigger = `${big}${big}`;
  expect((await renderAll(pool, [job('small', '# Small\n'), job('tiny', '# Tiny\n')])).threads).toBe(0);
  expect((await renderAll(pool, [job('bigger', bigger)])).threads).toBe(0);
  expect((await renderAll(pool, [job('big', big), job('other', big)])).threads).toBe(2);
  expect((await renderAll(pool, [job('big', big), job('other', big), job('third', big), job('fourth', big)])).threads).toBe(3);
  expect((await renderAll(new RenderPool({ maxThreads: 1, smallBatch }), [job('big', big), job('other', big)])).threads).toBe(0);
});

it('renders in a process started with `node --input-type=module -e`, as a build run from a script is', () => {
  const pool = new URL('../../src/render/render-pool.ts', import.meta.url).href;
  const script = [
    `const { RenderPool } = await import(${JSON.stringify(pool)});`,
    "const links = { notesDir: '/notes', noteIds: new Set(['a']), base: '/' };",
    "const batch = new RenderPool({ maxThreads: 1, smallBatch: 0, minThreads: 1 }).render([{ id: 'a', body: '# From a script\\n', file: '/notes/a.md', digest: 'a' }], links);",
    'process.stdout.write((await batch.results[0]).page.html + ` threads: ${batch.threads}`);',
    'await batch.done;',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(output).toContain('From a script</h1>');
  expect(output).toContain('threads: 1');
});
