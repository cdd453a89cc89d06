import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeImageLinks from '../../src/plugins/rehype-image-links.ts';
import remarkNoteLinks from '../../src/plugins/remark-note-links.ts';

const notesDir = '/site/notes';
const files = new Set(['/site/notes/shots/graph.webp', '/site/notes/shots/linked.png']);

/** A Markdown note through remark-note-links and rehype-image-links, as the site renders it (raw HTML left raw). */
async function render(markdown: string): Promise<string> {
  const file = new VFile({ value: markdown, path: `${notesDir}/note.md` });
  const html = await unified()
    .use(remarkParse)
    .use(remarkNoteLinks, {
      notesDir,
      noteIds: new Set(['note', 'other']),
      base: '/b/',
      pathKind: (path) => (files.has(path) ? 'file' : undefined),
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeImageLinks)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return String(html);
}

describe('rehype-image-links', () => {
  it('links a note’s own image to its original, published at its path under the base path', async () => {
    expect(await render('![Graph: lora_name at 1.00](shots/graph.webp)')).toBe(
      '<p><a href="/b/shots/graph.webp" class="image-link" data-zoom=""><img src="shots/graph.webp" alt="Graph: lora_name at 1.00"></a></p>',
    );
  });

  it('keeps the link of an image already inside one, and leaves remote and broken images unlinked', async () => {
    expect(await render('[![linked](shots/linked.png)](other.md)')).toBe(
      '<p><a href="/b/other/"><img src="shots/linked.png" alt="linked"></a></p>',
    );
    expect(await render('![remote](https://example.org/x.png)')).toBe('<p><img src="https://example.org/x.png" alt="remote"></p>');
    expect(await render('![missing](shots/missing.png)')).toBe('<p><img src="/b/shots/missing.png" alt="missing"></p>');
  });

  it('links raw HTML’s images to the published file in a second use, once, and never a Markdown image the first left alone', async () => {
    const second = () => rehypeImageLinks({ fromSrc: true });
    const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeImageLinks).use(second).use(rehypeStringify);
    expect(
      String(await processor.process('<img src="/b/shots/graph.webp" alt="raw"><a href="/x/"><img src="/b/y.png" alt="in a link"></a>')),
    ).toBe('<img src="/b/shots/graph.webp" alt="raw"><a href="/x/"><img src="/b/y.png" alt="in a link"></a>');
    const raw = unified().use(rehypeParse, { fragment: true }).use(second).use(rehypeStringify);
    // What remark-note-links learned: the first file is published, the second does not exist.
    const published = { written: 'shots/graph.webp', kind: 'link', text: '<img>', line: 1, column: 1 } as const;
    const links = [
      { ...published, href: '/b/shots/graph.webp', publish: 'shots/graph.webp' },
      { ...published, written: 'shots/gone.webp', href: '/b/shots/gone.webp', problem: 'goes to a file that does not exist' },
    ];
    const file = new VFile({
      value:
        '<img src="/b/shots/graph.webp" alt="raw"> <img src="https://example.org/x.png" alt="remote"> <img src="/b/shots/gone.webp" alt="gone">',
      data: { links },
    });
    expect(String(await raw.process(file))).toBe(
      '<a href="/b/shots/graph.webp" class="image-link" data-zoom=""><img src="/b/shots/graph.webp" alt="raw"></a> <img src="https://example.org/x.png" alt="remote"> <img src="/b/shots/gone.webp" alt="gone">',
    );
  });
});
