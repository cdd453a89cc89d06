import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite, notesFolder } from '../helpers/build-site.ts';

const LORA = 'lightx2v_T2V_14B_cfg_step_distill_v2_lora_rank64_bf16.safetensors';

/** Dated sections across notes and folders, links between them, and a contents page that links every note. */
const notes = {
  'README.md':
    '# Owner notes\n\n## Notes\n\n- [SVI](svi.md)\n- [Talkies](talkies/README.md)\n- [HuMo](talkies/humo.md)\n- [Plain](plain.md)\n',
  'svi.md': `# SVI\n\nStable video infinity.\n\n## 2026.06.23\n\nSCAIL-2 now works with WanVideoNAG on default settings, with \`${LORA}\`.\n\n## 2025.12.13 Part A\n\nThe first half; see [HuMo](talkies/humo.md#setup).\n\n## 2026 plans\n\nNot news.\n`,
  'talkies/README.md': '# Talkies\n\nTalking heads.\n\n### 2026.06\n\nA month of lip sync, in [SVI](../svi.md).\n',
  'talkies/humo.md':
    '# HuMo\n\nAudio driven.\n\n## Setup\n\nRead [SVI](../svi.md#20260623) and [SVI again](../svi.md) first.\n\n## 2026-06-23\n\nHuMo 1.7B released.\n',
  'plain.md': '# Plain\n\nLinks [HuMo](talkies/humo.md) and [Talkies](talkies/).\n',
};

const page = (outDir: string, path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

describe('the notes’ dated sections as news, and backlinks', () => {
  it('lists every dated section newest first by month, on the page, the home page and the feed, and each note’s backlinks', async () => {
    const build = await buildSite({
      NOTES_DIR: notesFolder(notes),
      SITE: 'https://example.org',
      BASE: '/notes/',
      SITE_NAME: 'Wanx Troopers',
      SITE_TAGLINE: 'What the troopers learned.',
    });
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(build.output).not.toContain('No feed.xml');
    // The owner's name and tagline wherever the site names itself.
    const named = page(build.outDir, 'svi');
    expect(named.querySelector('.site-name')!.text.trim()).toBe('Wanx Troopers');
    expect(named.querySelector('title')!.text).toBe('SVI · Wanx Troopers');
    expect(named.querySelector('meta[property="og:site_name"]')!.getAttribute('content')).toBe('Wanx Troopers');
    const notFound = parse(readFileSync(join(build.outDir, '404.html'), 'utf8'));
    expect(notFound.querySelector('title')!.text).toBe('Page not found · Wanx Troopers');
    expect(notFound.querySelector('main a')!.text).toBe('Go to the home page of Wanx Troopers');
    for (const path of ['', 'svi', 'whats-new']) expect(page(build.outDir, path).toString()).not.toContain('LoRA Notes');

    const news = page(build.outDir, 'whats-new');
    const items = news.querySelectorAll('.news-list li').map((item) => ({
      date: item.querySelector('time')!.getAttribute('datetime'),
      where: item.querySelector('a')!.text.replace(/\s+/g, ' ').trim(),
      href: item.querySelector('a')!.getAttribute('href'),
      summary: item.querySelector('.news-summary')?.text ?? '',
    }));
    expect(items).toEqual([
      {
        date: '2026-06-23',
        where: 'SVI',
        href: '/notes/svi/#20260623',
        summary: expect.stringMatching(/^SCAIL-2 now works with WanVideoNAG/),
      },
      { date: '2026-06-23', where: 'HuMo', href: '/notes/talkies/humo/#2026-06-23', summary: 'HuMo 1.7B released.' },
      { date: '2026-06', where: 'Talkies', href: '/notes/talkies/#202606', summary: 'A month of lip sync, in SVI.' },
      { date: '2025-12-13', where: 'SVI › Part A', href: '/notes/svi/#20251213-part-a', summary: 'The first half; see HuMo.' },
    ]);
    expect(news.querySelectorAll('h2').map((heading) => heading.text)).toEqual(['June 2026', 'December 2025']);
    expect(news.querySelector('[data-pagefind-body]')).not.toBeNull();
    // Each link reaches its section.
    for (const { href } of items) {
      const [path, id] = href!.replace('/notes/', '').split('#');
      expect(page(build.outDir, path!).getElementById(id!), href!).not.toBeNull();
    }
    // In the sidebar of every page, near the top; on the home page the newest entries.
    const home = page(build.outDir, '');
    expect(home.querySelector('.sidebar-top a')!.getAttribute('href')).toBe('/notes/whats-new/');
    expect(home.querySelectorAll('.recent .news-list li')).toHaveLength(4);
    expect(home.querySelector('link[rel="alternate"]')!.getAttribute('href')).toBe('/notes/feed.xml');

    const feed = parseFeed(readFileSync(join(build.outDir, 'feed.xml'), 'utf8'));
    expect(feed.meta.type).toBe('atom');
    expect([feed.title, feed.description]).toEqual(["Wanx Troopers: what's new", 'What the troopers learned.']);
    expect(feed.items.map((item) => [item.id, item.title])).toEqual([
      ['https://example.org/notes/svi/#20260623', 'SVI › June 23, 2026'],
      ['https://example.org/notes/talkies/humo/#2026-06-23', 'HuMo › June 23, 2026'],
      ['https://example.org/notes/talkies/#202606', 'Talkies › June 2026'],
      ['https://example.org/notes/svi/#20251213-part-a', 'SVI › Part A'],
    ]);

    const backlinks = (path: string) =>
      page(build.outDir, path)
        .querySelectorAll('.backlinks a')
        .map((link) => [link.text.replace(/\s+/g, ' ').trim(), link.getAttribute('href')]);
    // In reading order (the contents page's), once per section, never from the contents page.
    expect(backlinks('svi')).toEqual([
      ['Talkies › 2026.06', '/notes/talkies/#202606'],
      ['HuMo › Setup', '/notes/talkies/humo/#setup'],
    ]);
    expect(backlinks('talkies/humo')).toEqual([
      ['SVI › 2025.12.13 Part A', '/notes/svi/#20251213-part-a'],
      ['Plain', '/notes/plain/'],
    ]);
    expect(backlinks('talkies')).toEqual([['Plain', '/notes/plain/']]);
    expect(backlinks('plain')).toEqual([]);
    expect(page(build.outDir, 'svi').querySelector('.backlinks')!.getAttribute('data-pagefind-ignore')).not.toBeNull();
  });

  it('without dated sections lists the notes by their last change, and without SITE says once that it wrote no feed', async () => {
    const build = await buildSite({
      NOTES_DIR: notesFolder({
        'a.md': '---\nupdated: 2026-03-01\n---\n# A\n\nFirst words of A.\n',
        'b.md': '---\nupdated: 2026-05-02\n---\n# B\n\nFirst words of B.\n',
      }),
    });
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(build.output.match(/No feed\.xml: a feed needs absolute URLs/g)).toHaveLength(1);
    const entries = page(build.outDir, 'whats-new')
      .querySelectorAll('.news-list li')
      .map((item) => [item.querySelector('time')!.text, item.querySelector('a')!.text.trim(), item.querySelector('.news-summary')!.text]);
    expect(entries).toEqual([
      ['May 2, 2026', 'B', 'First words of B.'],
      ['March 1, 2026', 'A', 'First words of A.'],
    ]);
    expect(() => readFileSync(join(build.outDir, 'feed.xml'))).toThrow();
    expect(page(build.outDir, '').querySelector('link[rel="alternate"]')).toBeNull();
  });
});
