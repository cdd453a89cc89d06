import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SaxesParser } from 'saxes';
import type { Nodes, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectBacklinks } from '../../src/links/collect-backlinks.ts';
import { atomFeed, FEED_ENTRIES } from '../../src/news/atom-feed.ts';
import { byMonth, collectNews, type NewsNote } from '../../src/news/collect-news.ts';
import { isContentsPage } from '../../src/notes/note-url.ts';
import { parseNote } from '../../src/notes/parse-note.ts';
import { readDatedSections } from '../../src/notes/read-dated-sections.ts';
import { readLinksOut } from '../../src/notes/read-links-out.ts';
import { readSections } from '../../src/notes/read-sections.ts';
import { walkTree } from '../../src/util/walk-tree.ts';
import { fixtureNoteFiles } from '../helpers/fixture-notes.ts';

const LONG_NAME = 'lightx2v_T2V_14B_cfg_step_distill_v2_lora_rank64_bf16.safetensors';
const NEWS = `# SVI

Intro text before any date.

## 2026.06.23

SCAIL-2 now works with WanVideoNAG on default settings. Load \`${LONG_NAME}\` at strength 1.0 and
keep **shift 8.0**; the [old workflow](workflows/old.json) is retired.

## 2026.06

### 2026.06.02 Part B

The second half of the findings.

## 2025.12.13 Part A

| a | b |
| - | - |
| table text is not a summary | x |

Then prose: <kbd>Ctrl</kbd> and an ![image](x.png) alt left out.

## 2026 plans

Not a date.

## v2.2 notes

Not a date either.

- ### 2026.01.05 in a list

  Nested.

## Setup

## Setup
`;

/** The ids rehype-slug gives the note's headings, in order. */
function sluggedIds(markdown: string): string[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSlug)
    .runSync(unified().use(remarkParse).parse(markdown)) as Root;
  const ids: string[] = [];
  walkTree<Nodes>(tree, (node) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) ids.push(String(node.properties.id));
  });
  return ids;
}

describe('readSections', () => {
  it('gives each heading the id rehype-slug gives its element, on tricky headings and every fixture note', () => {
    const notes = [
      NEWS,
      ...fixtureNoteFiles()
        .filter((file) => file.endsWith('.md'))
        .map((file) => readFileSync(file, 'utf8')),
    ];
    for (const text of notes) expect(readSections(parseNote(text, false)).map((section) => section.slug)).toEqual(sluggedIds(text));
  });
});

describe('readDatedSections', () => {
  const tree = parseNote(NEWS, false);
  const dated = readDatedSections(tree, readSections(tree));

  it('reads each dated heading as an entry, as precise as written, with the words after the date', () => {
    expect(dated.map(({ iso, precision, rest, slug }) => ({ iso, precision, rest, slug }))).toEqual([
      { iso: '2026-06-23', precision: 'day', rest: '', slug: '20260623' },
      { iso: '2026-06-02', precision: 'day', rest: 'Part B', slug: '20260602-part-b' },
      { iso: '2025-12-13', precision: 'day', rest: 'Part A', slug: '20251213-part-a' },
      { iso: '2026-01-05', precision: 'day', rest: 'in a list', slug: '20260105-in-a-list' },
    ]);
  });

  it('summarises a section by its first words, as text, never code, tables, raw HTML or image alt text', () => {
    expect(dated[0]!.summary).toMatch(/^SCAIL-2 now works with WanVideoNAG on default settings\. Load lightx2v_T2V_14B/);
    expect(dated[0]!.summary.length).toBeLessThanOrEqual(160);
    expect(dated[0]!.summary).toMatch(/…$/);
    expect(dated[2]!.summary).toBe('Then prose: Ctrl and an alt left out.');
    // A heading inside a list: its text is the list item's, which a summary leaves out.
    expect(dated[3]!.summary).toBe('');
  });

  it('leaves out a month heading that only groups dated sub-sections, and keeps one with words of its own', () => {
    expect(dated.some((entry) => entry.iso === '2026-06')).toBe(false);
    const own = parseNote('## 2026.06\n\nA month of findings.\n\n### 2026.06.02\n\nA day.\n', false);
    expect(readDatedSections(own, readSections(own)).map((entry) => [entry.iso, entry.summary])).toEqual([
      ['2026-06', 'A month of findings.'],
      ['2026-06-02', 'A day.'],
    ]);
  });
});

describe('readLinksOut and collectBacklinks', () => {
  const link = (note: string | undefined, line: number) => ({ written: 'x', kind: 'link' as const, text: 'x', line, column: 1, note });

  it('lists the notes a note links, once per section, in reading order, with the section each stands in (none under the title)', () => {
    const tree = parseNote(
      '# Title\n\nTop [a](a.md).\n\n## One\n\n[a](a.md) [a](a.md#x) [b](b.md)\n\n## Two\n\n[a](a.md) [file](f.json)\n',
      false,
    );
    const links = [link('a', 3), link('a', 7), link('a', 7), link('b', 7), link('a', 11), link(undefined, 11)];
    expect(readLinksOut(links, readSections(tree))).toEqual([
      { to: 'a' },
      { to: 'a', section: { slug: 'one', text: 'One' } },
      { to: 'b', section: { slug: 'one', text: 'One' } },
      { to: 'a', section: { slug: 'two', text: 'Two' } },
    ]);
  });

  it('collects each note’s backlinks in reading order, without the contents page or a note’s links to itself', () => {
    const backlinks = collectBacklinks(
      [
        { id: 'README', linksOut: [{ to: 'a' }, { to: 'b' }] },
        { id: 'b', linksOut: [{ to: 'a', section: { slug: 'one', text: 'One' } }, { to: 'b' }] },
        { id: 'c', linksOut: [{ to: 'a' }, { to: 'talkies/README' }] },
      ],
      isContentsPage,
    );
    expect(backlinks.get('a')).toEqual([{ from: 'b', section: { slug: 'one', text: 'One' } }, { from: 'c' }]);
    expect(backlinks.get('b')).toBeUndefined();
    expect(backlinks.get('talkies/README')).toEqual([{ from: 'c' }]);
  });
});

const note = (id: string, dated: NewsNote['dated'], lastUpdated?: Date): NewsNote => ({
  id,
  title: id.toUpperCase(),
  description: `About ${id}.`,
  url: `/b/${id}/`,
  dated,
  lastUpdated,
});
const section = (iso: string, slug: string, rest = '', summary = '') => ({
  iso,
  precision: iso.length === 7 ? ('month' as const) : ('day' as const),
  rest,
  slug,
  heading: iso,
  summary,
});

describe('collectNews', () => {
  it('sorts every dated section newest first, a month after its days, then in reading order', () => {
    const { entries, source } = collectNews([
      note('a', [section('2026-06-23', 'x'), section('2026-05', 'm')]),
      note('b', [section('2026-05-30', 'y'), section('2026-06-23', 'z', 'Part A', 'Words.')]),
    ]);
    expect(source).toBe('dated sections');
    expect(entries.map((entry) => entry.url)).toEqual(['/b/a/#x', '/b/b/#z', '/b/b/#y', '/b/a/#m']);
    expect(entries[1]).toMatchObject({ section: 'Part A', summary: 'Words.' });
    expect(byMonth(entries).map((month) => [month.label, month.entries.length])).toEqual([
      ['June 2026', 2],
      ['May 2026', 2],
    ]);
  });

  it('falls back to the notes by their last change where no note has a dated section', () => {
    const { entries, source } = collectNews([
      note('a', [], new Date('2026-01-02T10:00:00Z')),
      note('b', []),
      note('c', [], new Date('2026-03-04')),
    ]);
    expect(source).toBe('last changes');
    expect(entries.map((entry) => [entry.iso, entry.url, entry.summary])).toEqual([
      ['2026-03-04', '/b/c/', 'About c.'],
      ['2026-01-02', '/b/a/', 'About a.'],
    ]);
  });
});

describe('atomFeed', () => {
  const many = Array.from({ length: 60 }, (_, index) =>
    section(
      `2026-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, '0')}`,
      `s${index}`,
      '',
      `Summary <script>alert(${index})</script>`,
    ),
  );
  const { entries } = collectNews([note('a', many)]);
  const xml = atomFeed({ entries, siteUrl: 'https://example.org/b/', name: 'My <Notes>', tagline: 'Tagline & more' });

  it('is Atom 1.0 a feed parser reads: the 50 newest entries, absolute URLs, text escaped', async () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe("My <Notes>: what's new");
    expect(feed.items).toHaveLength(FEED_ENTRIES);
    expect(feed.items[0]!.url).toBe('https://example.org/b/a/#s59');
    expect(feed.items[0]!.id).toBe('https://example.org/b/a/#s59');
    expect(feed.items[0]!.title).toBe('A › March 4, 2026');
    expect(feed.items[0]!.description).toBe('Summary <script>alert(59)</script>');
    expect(xml).not.toContain('<script>');
    expect(feed.updated?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });

  it('is well-formed XML 1.0 to a strict parser, though a heading or the tagline holds characters XML forbids', () => {
    const hostile = collectNews([
      note('a', [section('2026-05-01', 's1', 'Escape \u001b[31m red', 'Form\ffeed and a lone \uD800 half')]),
    ]).entries;
    const feed = atomFeed({ entries: hostile, siteUrl: 'https://example.org/', name: 'Bell\u0007 notes', tagline: 'Nul\u0000 line' });
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(error.message));
    parser.write(feed).close();
    expect(errors).toEqual([]);
    expect(parseFeed(feed).items[0]!.description).toBe('Formfeed and a lone  half');
    // The strict parser does catch what the feed used to carry.
    const raw = new SaxesParser();
    raw.on('error', (error) => errors.push(error.message));
    raw.write('<a>\u001b</a>').close();
    expect(errors).toEqual([expect.stringContaining('disallowed character')]);
  });

  it('is the same from build to build', () => {
    expect(atomFeed({ entries, siteUrl: 'https://example.org/b/', name: 'My <Notes>', tagline: 'Tagline & more' })).toBe(xml);
  });
});
