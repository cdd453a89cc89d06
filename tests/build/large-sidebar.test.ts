import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_WINDOW } from '../../src/notes/navigation.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, notesFolder } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const id = (index: number) => `n${String(index).padStart(3, '0')}`;
/** 160 notes at the root, 30 in `wan/`, 10 in `ltx/`, a README that lists none: more links than a sidebar shows in full. */
const notes = Object.fromEntries([
  ['README.md', '# Big notes\n\nEvery note is listed below, by folder.\n'],
  ...Array.from({ length: 160 }, (_, i) => [`${id(i)}.md`, `# Note ${id(i)}\n\nText.\n`]),
  ...Array.from({ length: 30 }, (_, i) => [`wan/${id(i)}.md`, `# Wan ${id(i)}\n\nText.\n`]),
  ...Array.from({ length: 10 }, (_, i) => [`ltx/${id(i)}.md`, `# LTX ${id(i)}\n\nText.\n`]),
]);

describe('the sidebar of a large site', () => {
  it('shows a window onto the current group, "All N" and link-only groups, and every link reaches its notes', async () => {
    const build = await buildSite({ NOTES_DIR: notesFolder(notes) });
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    const sidebar = (path: string) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8')).querySelector('nav.sidebar')!;

    // A note in the middle of the root's 160: 41 entries around it, and a link to the home page's list of all of them.
    const middle = sidebar(id(80));
    const entries = middle.querySelectorAll('.nav-group').find((group) => group.querySelector('summary')!.text === 'Other notes')!;
    const links = entries.querySelectorAll('li a').map((link) => link.getAttribute('href'));
    expect(links).toHaveLength(SIDEBAR_WINDOW);
    expect(links[0]).toBe(`/${id(80 - 20)}/`);
    expect(links.at(-1)).toBe(`/${id(80 + 20)}/`);
    expect(entries.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe(`/${id(80)}/`);
    expect(entries.querySelector('.sidebar-more a')!.text.trim()).toBe('All 160 in Other notes');
    // The other groups as one link each, with their count.
    expect(
      middle.querySelectorAll('.nav-group-link a').map((link) => [link.text.replace(/\s+/g, ' ').trim(), link.getAttribute('href')]),
    ).toEqual([
      ['ltx (10)', '/#more-ltx'],
      ['wan (30)', '/#more-wan'],
    ]);
    // The first note's window starts at the first note; in wan/ the whole group shows, and the root's is a link.
    expect(sidebar(id(0)).querySelectorAll('.nav-group li a')[0]!.getAttribute('href')).toBe(`/${id(0)}/`);
    const inWan = sidebar(`wan/${id(3)}`);
    expect(inWan.querySelectorAll('.nav-group li a')).toHaveLength(30);
    expect(inWan.querySelectorAll('.nav-group-link a').map((link) => link.getAttribute('href'))).toEqual(['/#more-notes', '/#more-ltx']);

    // Browsed: the link-only group leads to the home page's list of that folder, every note in it.
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}${id(80)}/`);
      await page.getByRole('link', { name: 'wan (30)' }).click();
      await page.waitForURL(`${server.url}#more-wan`);
      const list = page.locator('#more-wan');
      expect(await list.isVisible()).toBe(true);
      expect(await list.getByRole('link').count()).toBe(30);
      await page.goBack();
      await page.getByRole('link', { name: 'All 160 in Other notes' }).click();
      await page.waitForURL(`${server.url}#more-notes`);
      expect(await page.locator('#more-notes').getByRole('link').count()).toBe(160);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
