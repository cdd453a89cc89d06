import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { NoteLinksOptions } from '../../src/notes/link-options.ts';
import remarkNoteLinks from '../../src/plugins/remark-note-links.ts';

const notesDir = '/site/content';
const noteIds = new Set(['alchemy', 'part-01', 'part-02', 'both-ways', 'guides/setup']);
const files = new Set(['img/chart.png', 'data/table.csv', 'workflows/a b.json', '.env'].map((file) => join(notesDir, file)));
const folders = new Set([join(notesDir, 'data')]);

async function run(markdown: string, options: Partial<NoteLinksOptions> = {}, file = 'alchemy.md'): Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkNoteLinks, {
      notesDir,
      noteIds,
      pathKind: (path) => (files.has(path) ? 'file' : folders.has(path) ? 'folder' : undefined),
      ...options,
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return processor.process(new VFile({ value: markdown, path: join(notesDir, file) }));
}

async function render(markdown: string, options: Partial<NoteLinksOptions> = {}, file = 'alchemy.md'): Promise<string> {
  return String(await run(markdown, options, file));
}

/** Each link that cannot resolve, as `line:column "written" problem`. */
async function problems(markdown: string, options: Partial<NoteLinksOptions> = {}, file = 'alchemy.md'): Promise<string[]> {
  const links = (await run(markdown, options, file)).data.links ?? [];
  return links.flatMap((link) => (link.problem ? [`${link.line}:${link.column} "${link.written}" ${link.problem}`] : []));
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

  it('reports a link to a missing file, a folder, a dot-file or out of the notes folder, each at its position', async () => {
    expect(await problems('[a](data/gone.csv) [b](data) [c](../outside.zip) [d](.env)')).toEqual([
      '1:1 "data/gone.csv" goes to a file that does not exist',
      '1:20 "data" goes to a folder without a README.md, which has no page; link a file in it',
      '1:30 "../outside.zip" leaves the notes folder; set SOURCE_REPO to the notes folder’s URL in its repository to link it there',
      '1:50 ".env" goes to a hidden file or folder, which the site never publishes',
    ]);
    const sourceRepo = 'https://github.com/o/r/blob/main/notes/';
    expect(href(await render('[c](../outside.zip)', { sourceRepo }))).toBe('https://github.com/o/r/blob/main/outside.zip');
    // Above the repository's root it is broken on GitHub too: reported, never sent there.
    expect(await problems('[c](../../outside.zip) ![i](../../../x.webp)', { sourceRepo })).toEqual([
      '1:1 "../../outside.zip" goes above the repository root (https://github.com/o/r/blob/main/), which is broken on the repository\'s host too; remove a "../"',
      '1:24 "../../../x.webp" goes above the repository root (https://github.com/o/r/blob/main/), which is broken on the repository\'s host too; remove a "../"',
    ]);
    // What the notes folder should have and lacks is broken, whatever SOURCE_REPO says.
    expect(await problems('[a](data/gone.csv) [d](.env) [n](missing.md)', { sourceRepo })).toHaveLength(3);
  });

  it('leads a link to a workflow to its page, and records the file to publish; an embedded image stays an image', async () => {
    const workflows = new Set(['workflows/a b.json', 'img/chart.png']);
    const file = await run('[wf](<workflows/a b.json>) <a href="img/chart.png">png</a> ![png](img/chart.png) [csv](data/table.csv)', {
      workflows,
      base: '/b/',
    });
    expect(String(file)).toContain('<a href="/b/workflow/workflows/a%20b.json/">wf</a>');
    expect(String(file)).toContain('<a href="/b/workflow/img/chart.png/">png</a>');
    expect(String(file)).toContain('<img src="img/chart.png" alt="png" data-full-size="/b/img/chart.png">');
    expect(file.data.links?.map((link) => [link.written, link.workflow, link.publish])).toEqual([
      ['workflows/a b.json', 'workflows/a b.json', 'workflows/a b.json'],
      ['img/chart.png', 'img/chart.png', 'img/chart.png'],
      ['img/chart.png', undefined, 'img/chart.png'],
      ['data/table.csv', undefined, 'data/table.csv'],
    ]);
  });

  it('links a folder with a README, and a README, to the page that shows it', async () => {
    const withReadmes = new Set([...noteIds, 'README', 'data/README']);
    expect(href(await render('[data](data/)', { noteIds: withReadmes }))).toBe('/data/');
    expect(href(await render('[data](./data/README.md#x)', { noteIds: withReadmes, base: '/b/' }))).toBe('/b/data/#x');
    expect(href(await render('[home](../README.md)', { noteIds: withReadmes }, 'guides/setup.md'))).toBe('/');
  });

  it('keeps a broken link as written in the page, and records every link with where it goes', async () => {
    const file = await run('[x](missing.md) [p](part-01.md#a) [w](data/table.csv)');
    expect(href(String(file))).toBe('missing.md');
    expect(file.data.links?.map(({ written, href, publish, line, column }) => ({ written, href, publish, line, column }))).toEqual([
      { written: 'missing.md', href: 'missing.md', publish: undefined, line: 1, column: 1 },
      { written: 'part-01.md#a', href: '/part-01/#a', publish: undefined, line: 1, column: 17 },
      { written: 'data/table.csv', href: '/data/table.csv', publish: 'data/table.csv', line: 1, column: 35 },
    ]);
  });

  it('leaves external, absolute and fragment-only links alone', async () => {
    expect(href(await render('[hf](https://huggingface.co/Kijai/WanVideo_comfy)'))).toBe('https://huggingface.co/Kijai/WanVideo_comfy');
    expect(href(await render('[readme](https://example.com/README.md)'))).toBe('https://example.com/README.md');
    expect(href(await render('[mail](mailto:someone@example.com)'))).toBe('mailto:someone@example.com');
    expect(href(await render('[root](/part-01/)'))).toBe('/part-01/');
    expect(href(await render('[here](#trivia)'))).toBe('#trivia');
  });

  it('sends a Markdown file outside the notes folder to the source repository', async () => {
    const sourceRepo = 'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/loras/';
    expect(href(await render('[Morphing](../wan-i2v-advanced.md#morphing)', { sourceRepo }))).toBe(
      'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/wan-i2v-advanced.md#morphing',
    );
  });

  it('reports a missing note, with the nearest note as the link would write it', async () => {
    expect(await problems('# T\n\nSee [x](missing.md) and [Part I](part-1.md).')).toEqual([
      '3:5 "missing.md" goes to a note that does not exist',
      '3:25 "part-1.md" goes to a note that does not exist; did you mean "part-01.md"?',
    ]);
    expect(await problems('[x](../part-2.md)', {}, 'guides/setup.md')).toEqual([
      '1:1 "../part-2.md" goes to a note that does not exist; did you mean "../part-02.md"?',
    ]);
  });

  it('reports links broken on GitHub too, with the fix, even when a source repository is set', async () => {
    const sourceRepo = 'https://github.com/o/r/blob/main/notes/';
    expect(await problems('[a](www.youtube.com/watch?v=x)\n\n![b](<shots\\b.png>)', { sourceRepo })).toEqual([
      '1:1 "www.youtube.com/watch?v=x" is a web address without its scheme: write "https://www.youtube.com/watch?v=x"',
      '3:1 "shots\\b.png" uses \\ where links need /: write "shots/b.png"',
    ]);
  });

  it('resolves href and src in raw HTML against the note, at the attribute', async () => {
    const file = await run(
      '<p>\n  <a title="x" href="part-01.md#a">I</a> <img src="img/chart.png" alt="c">\n  <a href=\'gone.md\'>g</a>\n</p>',
    );
    const html = String(file);
    expect(html).toContain('<a title="x" href="/part-01/#a">I</a>');
    expect(html).toContain('<img src="/img/chart.png" alt="c">');
    expect(file.data.links?.map(({ line, column, href, problem }) => [line, column, href, problem])).toEqual([
      [2, 22, '/part-01/#a', undefined],
      [2, 52, '/img/chart.png', undefined],
      [3, 12, 'gone.md', 'goes to a note that does not exist'],
    ]);
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

  it('reports a missing image and keeps it from the asset pipeline', async () => {
    expect(await problems('text\n\n![shot](img/chrt.png)')).toEqual(['3:1 "img/chrt.png" goes to an image that does not exist']);
    expect(src(await render('![shot](img/chrt.png)', { base: '/b/' }))).toBe('/b/img/chrt.png');
  });
});
