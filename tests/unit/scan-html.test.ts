import { expect, it } from 'vitest';
import { scanHtml } from '../../src/links/scan-html.ts';

it('reads ids, URLs, link text, and whether a link is the note’s own or a derived repeat', () => {
  const page = scanHtml(
    [
      '<html><head><link rel="stylesheet" href="/a.css"></head><body>',
      '<nav><a class="x y" href="/n/">Nav <b>link</b></a><a name="old"></a></nav>',
      '<article><h2 id="t">T</h2><p><a href="https://e.org/a?x=1&amp;y=2">e</a> <img src="/i.png" srcset="/i.png 1x, /i2.png 2x"></p></article>',
      '<div data-derived-links><p><a href="https://e.org/b">b</a><br></p></div><a href="https://e.org/c">c</a>',
      '</body></html>',
    ].join('\n'),
  );
  expect([...page.ids]).toEqual(['old', 't']);
  expect(page.links.map(({ url, element, text, inNote, derived, line }) => [url, element, text, inNote, derived, line])).toEqual([
    ['/a.css', 'link[rel=stylesheet]', '', false, false, 1],
    ['/n/', 'a.x.y', 'Nav link', false, false, 2],
    ['https://e.org/a?x=1&y=2', 'a', 'e', true, false, 3],
    ['/i.png', 'img', '', true, false, 3],
    ['/i.png', 'img', '', true, false, 3],
    ['/i2.png', 'img', '', true, false, 3],
    ['https://e.org/b', 'a', 'b', false, true, 4],
    ['https://e.org/c', 'a', 'c', false, false, 4],
  ]);
});
