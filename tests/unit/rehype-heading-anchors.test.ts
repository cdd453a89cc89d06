import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeHeadingAnchors from '../../src/plugins/rehype-heading-anchors.ts';

async function run(html: string): Promise<string> {
  const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeHeadingAnchors).use(rehypeStringify).process(html);
  return String(file);
}

describe('rehype-heading-anchors', () => {
  it('adds a labelled self-link beside an h2 with an id', async () => {
    expect(await run('<h2 id="trivia">Trivia</h2>')).toBe(
      '<div class="heading heading-2"><h2 id="trivia">Trivia</h2><a class="heading-anchor" href="#trivia" data-pagefind-ignore="">' +
        '<span aria-hidden="true">#</span><span class="sr-only">Link to section: Trivia</span></a></div>',
    );
  });

  it('leaves the h1, headings without an id and screen-reader-only headings alone', async () => {
    const html = '<h1 id="t">T</h1><h3>No id</h3><h2 id="footnote-label" class="sr-only">Footnotes</h2>';
    expect(await run(html)).toBe(html);
  });

  it('handles consecutive headings', async () => {
    const out = await run('<h2 id="a">A</h2><h3 id="b">B <code>c</code></h3>');
    expect(out.match(/class="heading-anchor"/g)).toHaveLength(2);
    expect(out).toContain('Link to section: B c');
  });
});
