import { readFileSync } from 'node:fs';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { unified, type Plugin } from 'unified';
import { expect, it } from 'vitest';
import { markdownPlugins } from '../../src/plugins/markdown-pipeline.ts';
import rehypeOutgoingLinks from '../../src/plugins/rehype-outgoing-links.ts';
import rehypeRawWhenPresent from '../../src/plugins/rehype-raw-when-present.ts';
import { fixtureNoteFiles } from '../helpers/fixture-notes.ts';

/** The options the site marks outgoing links with, as its pipeline passes them. */
const [plugin, options] = markdownPlugins({ notesDir: '/notes', noteIds: new Set() }).rehypePlugins.at(-1) as [unknown, object];

/** A note's HTML with its outgoing links marked by `marks` (ours or the library's), with the site's options. */
const html = async (text: string, marks: Plugin<[never], Root>) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRawWhenPresent)
      .use(marks, options as never)
      .use(rehypeStringify)
      .process(text),
  );

const tricky = [
  '[a](https://huggingface.co/x/y) [b](http://example.com) [c](//cdn.example.com/z) <https://runninghub.ai/post/1>',
  '[upper](HTTPS://example.com) [mail](mailto:a@b.c) [ftp](ftp://x.y) [rel](part-01.md) [root](/models/) [hash](#top)',
  '<a href="https://example.com" rel="author">raw</a> <a>no href</a> <a href="c:\\path">windows</a>',
  'www.example.com and https://civitai.com/models/1 in text',
].join('\n\n');

it('is the site’s outgoing-link plugin', () => {
  expect(plugin).toBe(rehypeOutgoingLinks);
});

it('marks links as rehype-external-links does with the same options, on every fixture note and tricky cases', async () => {
  const notes = fixtureNoteFiles();
  expect(notes.length).toBeGreaterThan(10);
  let marked = 0;
  for (const file of [...notes, 'tricky']) {
    const text = file === 'tricky' ? tricky : readFileSync(file, 'utf8');
    const ours = await html(text, rehypeOutgoingLinks);
    expect(ours, file).toBe(await html(text, rehypeExternalLinks));
    marked += ours.split('data-pagefind-ignore').length - 1;
  }
  expect(marked).toBeGreaterThan(50);
});
