import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rehypeHeadingIds, remarkCollectImages } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeAstroImages from '../../src/plugins/rehype-astro-images.ts';
import { columnSizes, IMAGE_WIDTHS } from '../../src/images/image-widths.ts';
import rehypeCollectHeadings from '../../src/plugins/rehype-collect-headings.ts';
import { fixtureNoteFiles } from '../helpers/fixture-notes.ts';

/** The `file.data.astro` a pipeline leaves: ours, or Astro's own plugins in their places. */
async function astroData(text: string, plugins: { remark: PluggableList; rehype: PluggableList }) {
  const file = new VFile({ value: text, path: resolve('note.md') });
  await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(plugins.remark)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSlug)
    .use(plugins.rehype)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return file.data.astro ?? {};
}

const ours = (text: string) => astroData(text, { remark: [], rehype: [rehypeAstroImages, rehypeCollectHeadings] });
const astros = (text: string) => astroData(text, { remark: [[remarkCollectImages, {}]], rehype: [rehypeHeadingIds] });

const notes = fixtureNoteFiles();

const tricky = [
  '# Title\n\n## A `code` heading\n\n### With <kbd>Ctrl</kbd> and <b>bold</b> text\n\n## Twice\n\n## Twice\n\n> ## Quoted\n\nText[^1].\n\n[^1]: A note.\n',
  '![local](img/a%20b.png) ![spaced](<img/c d.png>) ![remote](https://example.com/x.png) ![site](/abs.png)\n\n![ref][r] ![ref again][r] ![missing][nope]\n\n[r]: img/ref.png\n',
].join('\n');

describe('what our render adds as Astro does', () => {
  it('lists the headings and the local images Astro’s own plugins list, for every fixture note and tricky cases', async () => {
    expect(notes.length).toBeGreaterThan(10);
    let headings = 0;
    let images = 0;
    for (const file of [...notes, 'tricky']) {
      const text = file === 'tricky' ? tricky : readFileSync(file, 'utf8');
      const [mine, theirs] = [await ours(text), await astros(text)];
      expect(mine.headings, file).toEqual(theirs.headings);
      expect(mine.localImagePaths, file).toEqual(theirs.localImagePaths);
      headings += mine.headings?.length ?? 0;
      images += mine.localImagePaths?.length ?? 0;
    }
    expect(headings).toBeGreaterThan(50);
    expect(images).toBeGreaterThan(5);
  });

  it('keeps a brace in a heading’s text, which Astro’s plugin writes as `${` in a Markdown note', async () => {
    const text = '## Use {x}\n';
    expect((await ours(text)).headings).toEqual([{ depth: 2, slug: 'use-x', text: 'Use {x}' }]);
    expect((await astros(text)).headings).toEqual([{ depth: 2, slug: 'use-x', text: 'Use ${x}' }]);
  });

  it('marks each local image for Astro’s asset pipeline, counting repeats, with the column’s widths, and leaves other images as written', async () => {
    const file = new VFile({ value: '![a](pic.png "T") ![b](pic.png) ![c](https://example.com/x.png)\n', path: resolve('note.md') });
    const html = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeAstroImages).use(rehypeStringify).process(file));
    // As Astro marks them, with the widths and sizes of the column (src/images/image-widths.ts) added.
    const column = { widths: IMAGE_WIDTHS, sizes: columnSizes() };
    const marked = (options: object) => JSON.stringify({ ...column, ...options }).replaceAll('"', '&#x22;');
    expect(html).toBe(
      `<p><img __ASTRO_IMAGE_="${marked({ src: 'pic.png', alt: 'a', title: 'T', index: 0 })}"> ` +
        `<img __ASTRO_IMAGE_="${marked({ src: 'pic.png', alt: 'b', index: 1 })}"> ` +
        '<img src="https://example.com/x.png" alt="c"></p>',
    );
    expect(file.data.astro?.localImagePaths).toEqual(['pic.png']);
  });
});
