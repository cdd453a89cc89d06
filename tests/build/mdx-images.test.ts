import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { buildSite, fixtureSite, notesFolder } from '../helpers/build-site.ts';

it('links an MDX note’s images, Markdown and JSX alike, to their originals, at the widths a phone and a desktop need', async () => {
  const graph = readFileSync(join(fixtureSite, 'img/lora-graph.webp'));
  const build = await buildSite({
    NOTES_DIR: notesFolder({
      'a.md': '# A\n\nSee [M](m.mdx).\n',
      'm.mdx': '# M\n\nAn MDX note.\n\n![A graph in MDX](img/graph.webp)\n\n<img src="img/graph.webp" alt="A graph in JSX" />\n',
      'img/graph.webp': graph,
    }),
    TOC_NOTE: 'a',
  });
  expect(build.ok, build.output.slice(-3000)).toBe(true);
  const links = parse(readFileSync(join(build.outDir, 'm/index.html'), 'utf8')).querySelectorAll('a[data-zoom]');
  expect(links.map((link) => [link.getAttribute('href'), link.querySelector('img')!.getAttribute('alt')])).toEqual([
    ['/img/graph.webp', 'A graph in MDX'],
    ['/img/graph.webp', 'A graph in JSX'],
  ]);
  expect(links[0]!.querySelector('img')!.getAttribute('srcset')).toMatch(/^\S+ 480w, \S+ 750w, \S+ 1100w, \S+ 1318w$/);
  expect(readFileSync(join(build.outDir, 'img/graph.webp')).equals(graph)).toBe(true);
});
