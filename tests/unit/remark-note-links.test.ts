import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkNoteLinks, { type NoteLinksOptions } from '../../src/plugins/remark-note-links.ts';

const notesDir = '/site/content';
const noteIds = new Set(['alchemy', 'part-01', 'part-02', 'both-ways', 'guides/setup']);
const files = new Set(['img/chart.png', 'data/table.csv', 'workflows/a b.json', '.env'].map((file) => join(notesDir, file)));
const folders = new Set([join(notesDir, 'data')]);

async function render(markdown: string, options: Partial<NoteLinksOptions> = {}, file = 'alchemy.md'): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkNoteLinks, {
      notesDir,
      noteIds,
      pathKind: (path) => (files.has(path) ? 'file' : folders.has(path) ? 'folder' : undefined),
      ...options,
    })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(await processor.process(new VFile({ value: markdown, path: join(notesDir, file) })));
}

const href = (html: string): string | undefined => /href="([^"]*)"/.exec(html)?.[1];
const src = (html: string): string | undefined => /src="([^"]*)"/.exec(html)?.[1];

describe('remark-note-links', () => {
  it('turns a note file name into its page URL', async () => {
    expect(href(await render('[Part I](part-01.md)'))).toBe('/part-01/');
  });

  it('accepts a ./ prefix', async () => {
    expect(href(await render('[Both](./both-ways.md)'))).toBe('/both-ways/');
  });

  it('keeps the fragment', async () => {
    expect(href(await render('[Trivia](alchemy.md#trivia)'))).toBe('/alchemy/#trivia');
  });

  it('keeps a query string before the fragment', async () => {
    expect(href(await render('[x](part-02.md?tab=1#ditto)'))).toBe('/part-02/?tab=1#ditto');
  });

  it('knows a note by its name whatever the extension written', async () => {
    expect(href(await render('[Both](both-ways.mdx)'))).toBe('/both-ways/');
  });

  it('puts the base path in front', async () => {
    expect(href(await render('[Part I](part-01.md#top)', { base: '/lora-notes/' }))).toBe('/lora-notes/part-01/#top');
  });

  it('resolves links from a note in a sub-folder', async () => {
    expect(href(await render('[Alchemy](../alchemy.md)', {}, 'guides/setup.md'))).toBe('/alchemy/');
    expect(href(await render('[Setup](guides/setup.md)'))).toBe('/guides/setup/');
  });

  it('resolves reference-style links', async () => {
    expect(href(await render('[Part I][p1]\n\n[p1]: part-01.md#x'))).toBe('/part-01/#x');
  });

  it('links a file of the notes folder where the site publishes it, resolved against the note as on GitHub', async () => {
    expect(href(await render('[data](./data/table.csv)'))).toBe('/data/table.csv');
    expect(href(await render('[data](../data/table.csv#L2)', { base: '/lora-notes/' }, 'guides/setup.md'))).toBe(
      '/lora-notes/data/table.csv#L2',
    );
    expect(href(await render('[workflow](<workflows/a b.json>)'))).toBe('/workflows/a%20b.json');
    // A plain link to an image reaches the file itself, not the optimised copy.
    expect(href(await render('[chart](img/chart.png)'))).toBe('/img/chart.png');
  });

  it('refuses a link to a missing file, a folder, a file outside the notes or a dot-file, unless the source repository has it', async () => {
    const error = (await render('[a](data/gone.csv) [b](data) [c](../outside.zip) [d](.env)').catch((e: Error) => e)) as Error;
    expect(error.message).toContain(
      'alchemy.md:1:1 link "data/gone.csv" does not exist; link a file in the notes folder, or set SOURCE_REPO',
    );
    expect(error.message).toContain('alchemy.md:1:20 link "data" is a folder, not a file');
    expect(error.message).toContain('alchemy.md:1:30 link "../outside.zip" is outside the notes folder');
    expect(error.message).toContain('alchemy.md:1:50 link ".env" goes to a hidden file or folder, which the site never publishes');
    const sourceRepo = 'https://github.com/o/r/blob/main/notes/';
    expect(href(await render('[c](../outside.zip)', { sourceRepo }))).toBe('https://github.com/o/r/blob/main/outside.zip');
    await expect(render('[d](.env)', { sourceRepo })).rejects.toThrow(/hidden file/);
  });

  it('leaves external, absolute and fragment-only links alone', async () => {
    expect(href(await render('[hf](https://huggingface.co/Kijai/WanVideo_comfy)'))).toBe('https://huggingface.co/Kijai/WanVideo_comfy');
    expect(href(await render('[readme](https://example.com/README.md)'))).toBe('https://example.com/README.md');
    expect(href(await render('[mail](mailto:someone@example.com)'))).toBe('mailto:someone@example.com');
    expect(href(await render('[root](/part-01/)'))).toBe('/part-01/');
    expect(href(await render('[here](#trivia)'))).toBe('#trivia');
  });

  it('sends a Markdown file outside the notes to the source repository', async () => {
    const sourceRepo = 'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/loras/';
    expect(href(await render('[Morphing](../wan-i2v-advanced.md#morphing)', { sourceRepo }))).toBe(
      'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/wan-i2v-advanced.md#morphing',
    );
    expect(href(await render('[drozbay](hidden-knowledge.md#drozbay)', { sourceRepo }))).toBe(
      'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/loras/hidden-knowledge.md#drozbay',
    );
  });

  it('fails with file, line and advice when no source repository is set', async () => {
    const error = await render('# T\n\nSee [Morphing](../wan-i2v-advanced.md#morphing) and [x](missing.md).').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/alchemy\.md:3:5 link "\.\.\/wan-i2v-advanced\.md#morphing" goes to a Markdown file that is not a note/);
    expect(message).toMatch(/alchemy\.md:3:53 link "missing\.md"/);
    expect(message).toContain('set SOURCE_REPO');
    expect(message).not.toContain('Did you mean');
  });

  it('suggests the nearest note for a mistyped note link', async () => {
    await expect(render('[Part I](part-1.md)')).rejects.toThrow(
      /link "part-1\.md" goes to a Markdown file that is not a note.* Did you mean part-01\.md\?/,
    );
    await expect(render('[x](../part-2.md)', {}, 'guides/setup.md')).rejects.toThrow(/Did you mean \.\.\/part-02\.md\?/);
  });

  it('refuses links broken on GitHub too, with the fix, even when a source repository is set', async () => {
    const sourceRepo = 'https://github.com/o/r/blob/main/notes/';
    const error = (await render('[a](www.youtube.com/watch?v=x)\n\n![b](<shots\\b.png>)', { sourceRepo }).catch((e: Error) => e)) as Error;
    expect(error.message).toContain(
      'alchemy.md:1:1 link "www.youtube.com/watch?v=x" is a web address without its scheme: write "https://www.youtube.com/watch?v=x".',
    );
    expect(error.message).toContain('alchemy.md:3:1 image "shots\\b.png" uses \\ where links need /: write "shots/b.png".');
  });

  it('leaves an image that exists to the asset pipeline', async () => {
    expect(src(await render('![chart](./img/chart.png)'))).toBe('./img/chart.png');
  });

  it('serves a missing image from the source repository, as a raw file on GitHub', async () => {
    const sourceRepo = 'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/loras/';
    expect(src(await render('![shot](../screenshots/FL13-wan22-i2v-loras1.png)', { sourceRepo }))).toBe(
      'https://github.com/wanx-troopers/wanx-troopers.github.io/raw/main/screenshots/FL13-wan22-i2v-loras1.png',
    );
    expect(src(await render('![shot](<../shots/a b.png>)', { sourceRepo: 'https://example.org/notes/' }))).toBe(
      'https://example.org/shots/a%20b.png',
    );
  });

  it('fails on a missing image when no source repository is set', async () => {
    await expect(render('text\n\n![shot](../screenshots/x.png)')).rejects.toThrow(
      /alchemy\.md:3:1 image "\.\.\/screenshots\/x\.png" does not exist/,
    );
  });
});
