import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureSite, notesFolder, type BuildResult } from '../helpers/build-site.ts';

let build: BuildResult;
const page = (id: string) => readFileSync(join(build.outDir, id, 'index.html'), 'utf8');

beforeAll(async () => {
  const dir = notesFolder({
    'index-note.md':
      '# Start\n\n* [Guide](guides/setup.md#steps)\n* [Component](component.mdx)\n\n![chart](img/chart.png)\n\n' +
      'Get [the workflow](workflows/flow.json) and [the chart itself](img/chart.png).\n',
    'workflows/flow.json': '{ "last_node_id": 0, "nodes": [], "links": [], "version": 0.4 }\n',
    'workflows/unlinked.json': '{}\n',
    'img/chart.png': readFileSync(join(fixtureSite, 'img/chart.png')),
    'guides/setup.md': '# Setup\n\n## Steps\n\nBack to [the start](../index-note.md).\n',
    'component.mdx':
      '---\ndescription: Uses a component.\n---\n# Component\n\n<Callout type="warning">Careful with [the guide](guides/setup.md).</Callout>\n',
    'secret.md': '---\ndraft: true\n---\n# Secret\n',
    'gfm.md':
      '---\nupdated: 2025-12-17\n---\n# GFM\n\nA claim.[^1] ~~Old~~ new, see https://example.org/page for more.\n\n[^1]: The source.\n',
    'README.md': '# About this folder\n',
    'models-note.md':
      '# Models\n\n## Picks\n\n* [good](https://huggingface.co/o/good) works\n* [gone](https://huggingface.co/o/gone/tree/main) vanished\n* [new](https://civitai.com/models/1/x)\n',
  });
  const report = join(dir, 'link-report.json');
  writeFileSync(
    report,
    JSON.stringify({
      checkedAt: '2026-11-20T10:00:00.000Z',
      links: [
        { url: 'https://huggingface.co/o/good', status: 'ok', code: 200, finalUrl: null, reason: 'ok', sources: [] },
        { url: 'https://huggingface.co/o/gone/tree/main', status: 'broken', code: 404, finalUrl: null, reason: 'not found', sources: [] },
      ],
    }),
  );
  build = await buildSite({ NOTES_DIR: dir, TOC_NOTE: 'index-note', LINK_REPORT: report });
  expect(build.ok, build.output).toBe(true);
});

describe('a fixture notes folder builds into linked pages', () => {
  it('publishes an image the note links, through the asset pipeline', () => {
    const image = /<img[^>]*alt="chart"[^>]*>/.exec(page('index-note'))?.[0] ?? '';
    const src = /src="([^"]+)"/.exec(image)?.[1];
    expect(src).toMatch(/^\/_astro\/chart\.[\w-]+\.webp$/);
    expect(existsSync(join(build.outDir, src!))).toBe(true);
  });

  it('publishes each file a note links, byte for byte at the same path, and nothing it does not link', () => {
    // A workflow's link leads to its page; the file is published all the same, for its Download link.
    expect(page('index-note')).toContain('href="/workflow/workflows/flow.json/"');
    expect(readFileSync(join(build.outDir, 'workflows/flow.json'), 'utf8')).toBe(
      '{ "last_node_id": 0, "nodes": [], "links": [], "version": 0.4 }\n',
    );
    expect(page('index-note')).toContain('href="/img/chart.png"');
    expect(readFileSync(join(build.outDir, 'img/chart.png'))).toEqual(readFileSync(join(fixtureSite, 'img/chart.png')));
    expect(existsSync(join(build.outDir, 'workflows/unlinked.json'))).toBe(false);
    expect(existsSync(join(build.outDir, 'index-note.md'))).toBe(false);
    expect(build.output).toMatch(/2 linked files published/);
  });

  it('resolves links between notes in sub-folders and from MDX', () => {
    expect(page('index-note')).toContain('href="/guides/setup/#steps"');
    expect(page('guides/setup')).toContain('href="/index-note/"');
    const component = page('component');
    expect(component).toMatch(/<div class="callout callout-warning" role="note" aria-label="Warning">/);
    expect(component).toContain('href="/guides/setup/"');
  });

  it('lists the notes by folder, each in table-of-contents order, with descriptions from prose', () => {
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect([...home.matchAll(/<strong>([^<]+)<\/strong>/g)].map((match) => match[1])).toEqual([
      'Start',
      'Component',
      'GFM',
      'Models',
      'Setup',
    ]);
    expect(home).toContain('<span>Back to the start.</span>');
    expect(home).not.toContain('<span>chart</span>');
  });

  it('renders GitHub-flavoured Markdown: footnotes that link both ways, strikethrough, autolinks', () => {
    const gfm = page('gfm');
    expect(gfm).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref[^>]*>1<\/a><\/sup>/);
    expect(gfm).toContain('id="user-content-fn-1"');
    expect(gfm).toContain('<del>Old</del>');
    expect(gfm).toMatch(/<a href="https:\/\/example\.org\/page" rel="noopener noreferrer">https:\/\/example\.org\/page/);
  });

  it('shows the updated date from front matter', () => {
    expect(page('gfm')).toMatch(/Last updated <time datetime="2025-12-17T00:00:00.000Z">December 17, 2025<\/time>/);
  });

  it('shows the last link check of each model when a report is there', () => {
    const models = page('models');
    const cell = (name: string) => new RegExp(`>${name}<[\\s\\S]*?<td class="check check-(\\w+)"[^>]*>([^<]+)</td>`).exec(models)?.slice(1);
    expect(cell('o/good')).toEqual(['ok', 'ok, Nov 20, 2026']);
    expect(cell('o/gone')).toEqual(['broken', 'broken, Nov 20, 2026']);
    // A Civitai model is named by its URL's slug, `x`, not its link text.
    expect(cell('x')).toEqual(['none', 'not checked']);
  });

  it('leaves out drafts, and shows the folder README as the home page, the notes it does not list after it', () => {
    expect(existsSync(join(build.outDir, 'secret'))).toBe(false);
    expect(existsSync(join(build.outDir, 'README'))).toBe(false);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('Secret');
    expect(home).toContain('<h1 id="about-this-folder">About this folder</h1>');
    expect(home).toMatch(/<h2 id="more-notes-heading">Other notes<\/h2><ol class="note-list">.*<strong>Start<\/strong>/s);
  });

  it('logs no warning for a site without problems (MDX notes included), and one line of figures per integration', () => {
    expect(build.output).not.toMatch(/WARN|MODULE_LEVEL_DIRECTIVE|warning/i);
    for (const integration of ['lora-notes', 'lora-notes:pagefind', 'lora-notes:security-headers', 'lora-notes:internal-link-check'])
      expect(build.output.match(new RegExp(`\\[${integration}\\] .*\\d`, 'g')), integration).toHaveLength(1);
  });
});
