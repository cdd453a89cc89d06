import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBrokenLink } from '../../src/links/broken-links.ts';
import { checkInternalLinks } from '../../src/links/check-internal-links.ts';
import type { NoteLink, NoteReport } from '../../src/notes/note-reports.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>\n${body}\n</body></html>`;

/** A note's links as the renderer records them: `[written, href, line, column]`. */
type Written = [written: string, href: string, line: number, column: number];

function check(dist: Record<string, string>, notes: Record<string, Written[]> = {}, base = '/', site?: string): string[] {
  const noteLinks = new Map<string, NoteReport>(
    Object.entries(notes).map(([id, links]) => [
      id,
      {
        file: join(process.cwd(), 'notes', `${id}.md`),
        links: links.map(([written, href, line, column]): NoteLink => ({ written, href, line, column, kind: 'link', text: '' })),
        warnings: [],
      },
    ]),
  );
  const result = checkInternalLinks({ distDir: tree(dist), base, site, notes: noteLinks });
  return [...result.broken.map(formatBrokenLink), ...result.pageProblems];
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
    expect(check(dist)).toEqual([
      '/ (index.html:3) <a.next> "/part-1/" goes to /part-1/, where the site has no page or file; did you mean "/part-01/"?',
    ]);
  });

  it('reports a missing #fragment, with the nearest id when one is close', () => {
    const dist = {
      'a/index.html': page('<a href="/b/#trivai">t</a><a href="/b/#zzzzzzzz">z</a><img srcset="/missing.png 2x">'),
      'b/index.html': page('<h2 id="trivia">Trivia</h2>'),
    };
    expect(check(dist)).toEqual([
      '/a/ (a/index.html:2) <a> "/b/#trivai" has no heading or id #trivai on /b/; did you mean "/b/#trivia"?',
      '/a/ (a/index.html:2) <a> "/b/#zzzzzzzz" has no heading or id #zzzzzzzz on /b/',
      '/a/ (a/index.html:2) <img> "/missing.png" goes to /missing.png, where the site has no page or file',
    ]);
  });

  it('reports a fragment or path that is not percent-encoding instead of failing on it', () => {
    const dist = {
      'a/index.html': page('<h2 id="100%">All</h2><a href="#100%">ok</a><a href="/b/#50%">x</a><a href="/c%zz/">y</a>'),
      'b/index.html': page('<h2 id="intro">Intro</h2>'),
    };
    expect(check(dist)).toEqual([
      '/a/ (a/index.html:2) <a> "/b/#50%" has no heading or id #50% on /b/',
      '/a/ (a/index.html:2) <a> "/c%zz/" has a path that is not valid percent-encoding',
    ]);
  });

  it('reports a note’s link where the author wrote it, in their own link form, each occurrence once', () => {
    const notes: Record<string, Written[]> = {
      a: [
        ['b.md#trivai', '/b/#trivai', 3, 11],
        ['b.md#trivai', '/b/#trivai', 5, 1],
        ['svi.md#2025.12.04', '/b/#2025.12.04', 6, 1],
      ],
    };
    const dist = {
      'a/index.html': page(
        '<article><a href="/b/#trivai">the trivia</a> <a href="/b/#trivai">again</a> <a href="/b/#2025.12.04">d</a></article>',
      ),
      'b/index.html': page('<article><h2 id="trivia">Trivia</h2><h2 id="20251204">2025.12.04</h2></article>'),
    };
    expect(check(dist, notes)).toEqual([
      'notes/a.md:3:11 "b.md#trivai" has no heading or id #trivai on /b/; did you mean "b.md#trivia"?',
      'notes/a.md:5:1 "b.md#trivai" has no heading or id #trivai on /b/; did you mean "b.md#trivia"?',
      'notes/a.md:6:1 "svi.md#2025.12.04" has no heading #2025.12.04 on /b/: heading ids are lowercase, without dots or other punctuation, as on GitHub; did you mean "svi.md#20251204"?',
    ]);
  });

  it('checks what a note page has beyond its recorded links as the page’s own', () => {
    const notes: Record<string, Written[]> = { a: [['#x', '#x', 3, 1]] };
    const dist = { 'a/index.html': page('<article><h2 id="x">X</h2><a href="#x">x</a><a href="#fn-1">1</a></article>') };
    expect(check(dist, notes)).toEqual(['/a/ (a/index.html:2) <a> "#fn-1" has no heading or id #fn-1 on /a/']);
  });

  it('refuses empty targets and javascript: URLs', () => {
    const notes: Record<string, Written[]> = {
      a: [
        ['', '', 3, 1],
        ['javascript:alert(1)', 'javascript:alert(1)', 3, 15],
      ],
    };
    const dist = { 'a/index.html': page('<article><a href="">empty</a> <a href="javascript:alert(1)">run</a></article>') };
    expect(check(dist, notes)).toEqual([
      'notes/a.md:3:1 "" is an empty link target',
      'notes/a.md:3:15 "javascript:alert(1)" is a javascript: URL, which links may not be',
    ]);
  });

  it('keeps links inside the base path', () => {
    const dist = { 'index.html': page('<a href="/lora-notes/a/">ok</a><a href="/a/">out</a>'), 'a/index.html': page('') };
    expect(check(dist, {}, '/lora-notes/')).toEqual(['/ (index.html:2) <a> "/a/" goes to /a/, outside the site\'s base path /lora-notes/']);
  });

  it('treats absolute links to the configured site as internal', () => {
    const dist = { 'index.html': page('<a href="https://notes.example.org/gone/">x</a><a href="https://other.example.org/gone/">y</a>') };
    expect(check(dist, {}, '/', 'https://notes.example.org')).toEqual([
      '/ (index.html:2) <a> "https://notes.example.org/gone/" goes to /gone/, where the site has no page or file',
    ]);
  });
});
