import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNoteRenderer } from '../../src/render/note-renderer.ts';
import { keptFilesFor } from '../../src/render/note-source.ts';
import { RenderPool, type RenderJob } from '../../src/render/render-pool.ts';
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
const one = (pool: RenderPool, single: RenderJob) => pool.renderAll([single])[0]!;

// Every batch goes to the threads (none is small), but in the tests that say otherwise.
describe.each([
  ['on threads', () => new RenderPool(2, 0), 2],
  ['on the main thread, a small batch', () => new RenderPool(2), 0],
])('RenderPool %s', (_, makePool, threads) => {
  const pool = makePool();
  const kept = mkdtempSync(join(tmpdir(), 'render-pool-'));
  afterAll(async () => {
    await pool.close();
    rmSync(kept, { recursive: true, force: true });
  });

  it('renders exactly what the renderer renders', async () => {
    pool.setLinks(links(['note', 'other']));
    const [there, here] = await Promise.all([
      one(pool, job('note', body)),
      createNoteRenderer(links(['note', 'other']))('note', body, `${notesDir}/note.md`),
    ]);
    expect(there).toEqual(here);
    expect(there.page.html).toContain('href="/other/"');
  });

  it('writes the model links and page HTML to the files it is given, and hands back the HTML of a note with images of its own', async () => {
    pool.setLinks(links(['note', 'other']));
    const files = keptFilesFor(kept, 'note');
    const written = await one(pool, { ...job('note', body), kept: files });
    expect(written.page.html).toBe('');
    expect(written.modelLinks).toEqual([]);
    expect(readFileSync(files.html, 'utf8')).toContain('href="/other/"');
    expect(JSON.parse(readFileSync(files.modelLinks, 'utf8'))).toMatchObject([{ url: 'https://huggingface.co/owner/model' }]);

    // An image inside the notes folder goes through Astro's image pipeline, with the page.
    copyFileSync(join(fixtureSite, 'img/chart.png'), join(kept, 'chart.png'));
    pool.setLinks({ ...links(['pictures']), notesDir: kept });
    const withImage = '# Pictures\n\n![a chart](chart.png)\n';
    const imageFiles = keptFilesFor(kept, 'pictures');
    const handed = await one(pool, { ...job('pictures', withImage), file: join(kept, 'pictures.md'), kept: imageFiles });
    expect(handed.page.metadata.imagePaths).toEqual(['chart.png']);
    expect(handed.page.html).toContain('<img');
    expect(() => readFileSync(imageFiles.html)).toThrow();
    expect(JSON.parse(readFileSync(imageFiles.modelLinks, 'utf8'))).toEqual([]);
  });

  it('renders many notes at once, each its own, in order', async () => {
    pool.setLinks(links(['note', 'other']));
    const ids = Array.from({ length: 12 }, (_, index) => `n${index}`);
    const results = await Promise.all(pool.renderAll(ids.map((id) => job(id, `# Note ${id}\n`))));
    expect(results.map((result) => result.page.metadata.note.facts.text.h1)).toEqual(ids.map((id) => `Note ${id}`));
    expect(pool.threadsUsed).toBe(threads);
  });

  it('hands over a note rendered ahead only for the same digest (its text and the link options)', async () => {
    pool.setLinks(links(['note', 'other']));
    const [ahead] = pool.renderAhead([job('note', body, 'first')]);
    expect(one(pool, job('note', body, 'first'))).toBe(ahead);

    const [again] = pool.renderAhead([job('note', body, 'second')]);
    const changed = one(pool, job('note', `${body}\nMore.\n`, 'third'));
    expect(changed).not.toBe(again);
    expect((await changed).page.html).toContain('More.');
  });

  it('renders a note asked for ahead twice (before Astro loads, then from its config) once', () => {
    pool.setLinks(links(['note', 'other']));
    const [first] = pool.renderAhead([job('twice', body, 'same')]);
    const [second] = pool.renderAhead([job('twice', body, 'same')]);
    expect(second).toBe(first);
    expect(one(pool, job('twice', body, 'same'))).toBe(first);
  });

  it('hands over a note rendered ahead only to be written to the same file', () => {
    pool.setLinks(links(['note', 'other']));
    const [ahead] = pool.renderAhead([{ ...job('file', body, 'same'), kept: keptFilesFor(join(kept, 'ahead'), 'same') }]);
    const asked = one(pool, { ...job('file', body, 'same'), kept: keptFilesFor(join(kept, 'elsewhere'), 'same') });
    expect(asked).not.toBe(ahead);
  });

  it('fails a note that cannot render with the renderer’s own message, and goes on', async () => {
    pool.setLinks(links(['bad', 'good']));
    const settled = await Promise.allSettled(pool.renderAll([job('bad', '# Bad\n\n<script>alert(1)</script>\n'), job('good', '# Good\n')]));
    const [bad, good] = settled as [PromiseRejectedResult, PromiseFulfilledResult<unknown>];
    expect(bad.status).toBe('rejected');
    expect((bad.reason as Error).message).toMatch(/bad\.md:3 <script> is not allowed in notes/);
    expect((bad.reason as Error).name).toBe('NoteError');
    expect(good.status).toBe('fulfilled');
  });

  it('renders with the link options set last', async () => {
    pool.setLinks(links(['note']));
    const { checks } = await one(pool, job('note', body, 'relinked'));
    expect(checks.links.find((link) => link.written === 'other.md')?.problem).toMatch(/does not exist/);
  });
});

it('sends a large batch to threads, and a small one too once threads run', async () => {
  const pool = new RenderPool(2);
  pool.setLinks(links(['big']));
  const big = `# Big\n\n${'A line of text.\n\n'.repeat(5000)}`;
  await Promise.all(pool.renderAll([job('big', big)]));
  expect(pool.threadsUsed).toBe(1);
  await Promise.all(pool.renderAll([job('small', '# Small\n')]));
  expect(pool.threadsUsed).toBe(1);
  await pool.close();
  expect(pool.threadsUsed).toBe(0);
});

it('renders in a process started with `node --input-type=module -e`, as a build run from a script is', () => {
  const pool = new URL('../../src/render/render-pool.ts', import.meta.url).href;
  const script = [
    `const { RenderPool } = await import(${JSON.stringify(pool)});`,
    'const pool = new RenderPool(1, 0);',
    "pool.setLinks({ notesDir: '/notes', noteIds: new Set(['a']), base: '/' });",
    "const [result] = pool.renderAll([{ id: 'a', body: '# From a script\\n', file: '/notes/a.md', digest: 'a' }]);",
    'process.stdout.write((await result).page.html + ` threads: ${pool.threadsUsed}`);',
    'await pool.close();',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(output).toContain('From a script</h1>');
  expect(output).toContain('threads: 1');
});
