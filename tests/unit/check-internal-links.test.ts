import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../../src/links/check-internal-links.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>\n${body}\n</body></html>`;

function check(dist: Record<string, string>, notes: Record<string, string> = {}, base = '/', site?: string): string[] {
  const notesDir = tree(notes);
  const noteFiles = new Map(Object.keys(notes).map((name) => [name.replace(/\.mdx?$/, ''), join(notesDir, name)]));
  const result = checkInternalLinks({
    distDir: tree(dist),
    base,
    site,
    noteFiles,
    linkOptions: { notesDir, noteIds: new Set(noteFiles.keys()), base },
  });
  return result.problems.map((line) => line.replace(relative(process.cwd(), notesDir), '<notes>'));
}

describe('checkInternalLinks', () => {
  it('passes a site whose links all resolve, in every form a host serves', () => {
    const dist = {
      'index.html': page(
        '<a href="/alchemy/">a</a><a href="alchemy/#trivia">b</a><a href="/alchemy">c</a><a href="/file.txt">d</a>' +
          '<a href="#top">top</a><a href="#">self</a><a href="https://example.org/x">ext</a><a href="mailto:a@b.c">m</a>' +
          '<img src="/img/a.webp" srcset="/img/a.webp 1x, /img/b.webp 2x"><a href="/old.html">old</a>',
        '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://notes.example.org/">',
      ),
      'alchemy/index.html': page('<h2 id="trivia">Trivia</h2><a href="../">home</a><a name="legacy"></a><a href="#legacy">l</a>'),
      'file.txt': 'x',
      'old.html': page(''),
      'img/a.webp': '',
      'img/b.webp': '',
      '_astro/site.css': '',
    };
    expect(check(dist, {}, '/', 'https://notes.example.org')).toEqual([]);
  });

  it('names the page and element of a broken link made by the layout, with a suggestion', () => {
    const dist = {
      'index.html': page('<nav>\n<a class="next" href="/part-1/">Next</a>\n</nav>'),
      'part-01/index.html': page('<h1 id="x">X</h1>'),
    };
    expect(check(dist)).toEqual(['/ (index.html:3) <a.next> "/part-1/": no page or file at /part-1/; did you mean /part-01/?']);
  });

  it('reports a missing #fragment, with the nearest id when one is close', () => {
    const dist = {
      'a/index.html': page('<a href="/b/#trivai">t</a><a href="/b/#zzzzzzzz">z</a><img srcset="/missing.png 2x">'),
      'b/index.html': page('<h2 id="trivia">Trivia</h2>'),
    };
    expect(check(dist)).toEqual([
      '/a/ (a/index.html:2) <a> "/b/#trivai": #trivai is not a heading or id on /b/; did you mean /b/#trivia?',
      '/a/ (a/index.html:2) <a> "/b/#zzzzzzzz": #zzzzzzzz is not a heading or id on /b/',
      '/a/ (a/index.html:2) <img> "/missing.png": no page or file at /missing.png',
    ]);
  });

  it('reports a fragment or path that is not percent-encoding instead of failing on it', () => {
    const dist = {
      'a/index.html': page('<h2 id="100%">All</h2><a href="#100%">ok</a><a href="/b/#50%">x</a><a href="/c%zz/">y</a>'),
      'b/index.html': page('<h2 id="intro">Intro</h2>'),
    };
    expect(check(dist)).toEqual([
      '/a/ (a/index.html:2) <a> "/b/#50%": #50% is not a heading or id on /b/',
      '/a/ (a/index.html:2) <a> "/c%zz/": the path is not valid percent-encoding',
    ]);
  });

  it('maps a problem inside a note back to the line the author wrote, in their own link form', () => {
    const notes = { 'a.md': '# A\n\nText with [the trivia](b.md#trivai) link.\n\n[again](b.md#trivai)\n', 'b.md': '# B\n\n## Trivia\n' };
    const dist = {
      'a/index.html': page('<article><a href="/b/#trivai">the trivia</a> <a href="/b/#trivai">again</a></article>'),
      'b/index.html': page('<article><h2 id="trivia">Trivia</h2></article>'),
    };
    expect(check(dist, notes)).toEqual([
      '<notes>/a.md:3:11 "b.md#trivai" (the trivia): #trivai is not a heading or id on /b/; did you mean b.md#trivia?',
      '<notes>/a.md:5:1 "b.md#trivai" (again): #trivai is not a heading or id on /b/; did you mean b.md#trivia?',
    ]);
  });

  it('refuses empty targets and javascript: URLs', () => {
    const notes = { 'a.md': '# A\n\n[empty]() and [run](javascript:alert(1))\n' };
    const dist = { 'a/index.html': page('<article><a href="">empty</a> <a href="javascript:alert(1)">run</a></article>') };
    expect(check(dist, notes)).toEqual([
      '<notes>/a.md:3:1 "" (empty): empty link target',
      '<notes>/a.md:3:15 "javascript:alert(1)" (run): javascript: URLs are not allowed in links',
    ]);
  });

  it('keeps links inside the base path', () => {
    const dist = { 'index.html': page('<a href="/lora-notes/a/">ok</a><a href="/a/">out</a>'), 'a/index.html': page('') };
    expect(check(dist, {}, '/lora-notes/')).toEqual(['/ (index.html:2) <a> "/a/": /a/ is outside the site\'s base path /lora-notes/']);
  });

  it('treats absolute links to the configured site as internal', () => {
    const dist = { 'index.html': page('<a href="https://notes.example.org/gone/">x</a><a href="https://other.example.org/gone/">y</a>') };
    expect(check(dist, {}, '/', 'https://notes.example.org')).toEqual([
      '/ (index.html:2) <a> "https://notes.example.org/gone/": no page or file at /gone/',
    ]);
  });
});
