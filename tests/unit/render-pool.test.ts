import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createNoteRenderer } from '../../src/render/note-renderer.ts';
import { RenderPool } from '../../src/render/render-pool.ts';

const notesDir = '/notes';
const links = (ids: string[]) => ({ notesDir, noteIds: new Set(ids), base: '/' });
const body = '# Title\n\nSee [the other note](other.md) and [a model](https://huggingface.co/owner/model).\n';

describe('RenderPool', () => {
  const pool = new RenderPool(2);
  afterAll(() => pool.forgetAhead());

  it('renders on a thread exactly what the renderer renders in this one', async () => {
    pool.setLinks(links(['note', 'other']));
    const [onThread, here] = await Promise.all([
      pool.render('note', body, `${notesDir}/note.md`),
      createNoteRenderer(links(['note', 'other']))('note', body, `${notesDir}/note.md`),
    ]);
    expect(onThread).toEqual(here);
    expect(onThread.page.html).toContain('href="/other/"');
  });

  it('renders many notes at once, each its own', async () => {
    pool.setLinks(links(['note', 'other']));
    const ids = Array.from({ length: 12 }, (_, index) => `n${index}`);
    const results = await Promise.all(ids.map((id) => pool.render(id, `# Note ${id}\n`, `${notesDir}/${id}.md`)));
    expect(results.map((result) => result.page.metadata.note.facts.text.h1)).toEqual(ids.map((id) => `Note ${id}`));
  });

  it('hands over a note rendered ahead, unless its text or the set of notes changed since', async () => {
    pool.setLinks(links(['note', 'other']));
    const ahead = pool.renderAhead('note', body, `${notesDir}/note.md`);
    expect(pool.render('note', body, `${notesDir}/note.md`)).toBe(ahead);

    pool.renderAhead('note', body, `${notesDir}/note.md`);
    const changed = await pool.render('note', `${body}\nMore.\n`, `${notesDir}/note.md`);
    expect(changed.page.html).toContain('More.');

    pool.renderAhead('note', body, `${notesDir}/note.md`);
    pool.setLinks(links(['note'])); // other.md went away
    const relinked = await pool.render('note', body, `${notesDir}/note.md`);
    expect(relinked.checks.links.find((link) => link.written === 'other.md')?.problem).toMatch(/does not exist/);
  });

  it('fails a note that cannot render with the renderer’s own message, and goes on', async () => {
    pool.setLinks(links(['bad', 'good']));
    const [bad, good] = await Promise.allSettled([
      pool.render('bad', '# Bad\n\n<script>alert(1)</script>\n', `${notesDir}/bad.md`),
      pool.render('good', '# Good\n', `${notesDir}/good.md`),
    ]);
    expect(bad.status === 'rejected' && (bad.reason as Error).message).toMatch(/bad\.md:3 <script> is not allowed in notes/);
    expect(bad.status === 'rejected' && (bad.reason as Error).name).toBe('NoteError');
    expect(good.status).toBe('fulfilled');
  });
});

it('renders in a process started with `node --input-type=module -e`, as a build run from a script is', () => {
  const pool = new URL('../../src/render/render-pool.ts', import.meta.url).href;
  const script = [
    `const { RenderPool } = await import(${JSON.stringify(pool)});`,
    'const pool = new RenderPool(1);',
    "pool.setLinks({ notesDir: '/notes', noteIds: new Set(['a']), base: '/' });",
    "const { page } = await pool.render('a', '# From a script\\n', '/notes/a.md');",
    'process.stdout.write(page.html);',
  ].join('\n');
  const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(html).toContain('From a script</h1>');
});
