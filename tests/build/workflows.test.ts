import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite, notesFolder, projectRoot } from '../helpers/build-site.ts';

/** A UI-format workflow of `count` nodes in a chain, LoRA loaders among them, shaped as ComfyUI saves one. */
function chain(count: number, title = (id: number) => `Node ${id}`): string {
  const nodes = Array.from({ length: count }, (_, id) => ({
    id,
    type: id % 10 === 0 ? 'LoraLoaderModelOnly' : 'KSamplerAdvanced',
    pos: [(id % 20) * 420, Math.floor(id / 20) * 360],
    size: [380, 300],
    flags: {},
    order: id,
    mode: 0,
    inputs: [{ name: 'model', type: 'MODEL', link: id }],
    outputs: [{ name: 'MODEL', type: 'MODEL', links: [id + 1] }],
    title: title(id),
    properties: { cnr_id: id % 3 ? 'comfy-core' : 'comfyui-kjnodes', ver: '1.1.7' },
    widgets_values:
      id % 10 === 0
        ? [`Wan2.2-I2V-A14B-HIGH_lightx2v_4steps_lora_rank64_${id}.safetensors`, 1 + id / 100]
        : ['enable', id, 'fixed', 4, 1, 'euler', 'simple', 0, 2, 'enable'],
  }));
  const links = Array.from({ length: count - 1 }, (_, id) => [id + 1, id, 0, id + 1, 0, 'MODEL']);
  return JSON.stringify({
    last_node_id: count,
    last_link_id: count,
    nodes,
    links,
    groups: [],
    config: {},
    extra: { frontendVersion: '1.35.9' },
    version: 0.4,
  });
}

describe('workflows a note links', () => {
  it('get a page each (the file still published byte for byte), bad ones one warning line each, and no markup from a file', async () => {
    const big = chain(300);
    const hostile = chain(3, (id) => (id === 0 ? '<script>alert(1)</script>' : '<img src=x onerror=alert(1)>'));
    const tenMegabytes = chain(9000, (id) => `${'long title '.repeat(90)}${id}`);
    const dir = notesFolder({
      'a.md': [
        '# A',
        '',
        '## Workflows',
        '',
        '- [big](wf/big-300.json), [hostile](wf/hostile.json), [huge](wf/huge.json)',
        '- [broken](wf/broken.json), [not one](wf/data.json), [a screenshot](wf/shot.png)',
        '',
      ].join('\n'),
      'wf/big-300.json': big,
      'wf/hostile.json': hostile,
      'wf/huge.json': tenMegabytes,
      'wf/broken.json': '{"nodes": [',
      'wf/data.json': '{"runs": [1, 2, 3]}',
      'wf/shot.png': readFileSync(join(projectRoot, 'tests/fixtures/site/img/chart.png')),
    });
    expect(tenMegabytes.length).toBeGreaterThan(10 * 2 ** 20);
    const build = await buildSite({ NOTES_DIR: dir });
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
    const warned = build.output.split('\n').filter((line) => /\/wf\/\S+: /.test(line));
    expect(warned).toEqual([
      expect.stringMatching(/wf\/broken\.json: the file is not valid JSON \(.*\); linked from .*a\.md:6, it stays a link to the file$/),
      expect.stringMatching(
        /wf\/data\.json: the file is JSON, but not a ComfyUI workflow \(no nodes\); linked from .*a\.md:6, it stays a link to the file$/,
      ),
    ]);

    const note = parse(readFileSync(join(build.outDir, 'a/index.html'), 'utf8'));
    const href = (text: string) =>
      note
        .querySelectorAll('article a')
        .find((link) => link.text === text)
        ?.getAttribute('href');
    expect([href('big'), href('hostile'), href('huge')]).toEqual([
      '/workflow/wf/big-300.json/',
      '/workflow/wf/hostile.json/',
      '/workflow/wf/huge.json/',
    ]);
    // What is not a workflow stays a link to the file; every file is published as it is.
    expect([href('broken'), href('not one'), href('a screenshot')]).toEqual(['/wf/broken.json', '/wf/data.json', '/wf/shot.png']);
    for (const file of ['big-300.json', 'broken.json', 'data.json', 'huge.json'])
      expect(readFileSync(join(build.outDir, 'wf', file))).toEqual(readFileSync(join(dir, 'wf', file)));

    // A 300-node workflow's page stays small, its overview included; the full picture is a file the viewer loads when opened.
    const page = readFileSync(join(build.outDir, 'workflow/wf/big-300.json/index.html'));
    expect(gzipSync(page).length).toBeLessThan(60 * 1024);
    const html = parse(page.toString());
    expect(html.querySelectorAll('.wfg-overview g.n')).toHaveLength(300);
    expect(html.querySelector('.workflow-graph a[data-graph]')!.getAttribute('href')).toBe('graph.svg');
    const picture = parse(readFileSync(join(build.outDir, 'workflow/wf/big-300.json/graph.svg'), 'utf8'));
    expect(picture.querySelectorAll('g.n[id]')).toHaveLength(300);
    expect(picture.querySelectorAll('g.w').length).toBeGreaterThan(300 * 5);
    expect(html.querySelectorAll('.workflow tbody tr')).toHaveLength(30);
    expect(html.querySelector('a[download]')!.getAttribute('href')).toBe('/wf/big-300.json');

    // Titles with markup are text: no element, no attribute from the file.
    const hostilePage = readFileSync(join(build.outDir, 'workflow/wf/hostile.json/index.html'), 'utf8');
    expect(hostilePage).not.toMatch(/<script>alert|<img src=x/);
    expect(
      parse(hostilePage)
        .querySelectorAll('.wfg .ns text')
        .map((text) => text.text),
    ).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>']);

    // Ten megabytes: a page that draws what a page can carry, and says so.
    const huge = parse(readFileSync(join(build.outDir, 'workflow/wf/huge.json/index.html'), 'utf8'));
    expect(huge.querySelector('.workflow-graph figcaption')!.text).toMatch(/^The first 600 of 9000 nodes/);
  });

  it('never fail the build for a link in their notes, and a PNG that carries one is an image wherever a note embeds it', async () => {
    const carrier = readFileSync(join(projectRoot, 'tests/fixtures/repository/workflows/z-image/vace-inpaint.png'));
    const withNote = JSON.stringify({
      nodes: [
        {
          id: 1,
          type: 'MarkdownNote',
          pos: [0, 0],
          size: [400, 200],
          flags: {},
          order: 0,
          mode: 0,
          properties: {},
          widgets_values: [
            '## Setup\n\nSee [setup](#setup), the [readme](README.md), the [tool](tool.zip), [gone](gone.md) and a claim.[^1]\n\n[^1]: The source.\n',
          ],
        },
      ],
      links: [],
      groups: [],
      version: 0.4,
    });
    const dir = notesFolder({
      'a.md': "# A\n\nThe [noted workflow](wf/noted.json) and [the carrier's page](wf/carrier.png).\n",
      'b.md': '# B\n\nRaw: <img src="wf/carrier.png" alt="raw carrier">\n\nBy reference: ![ref carrier][shot]\n\n[shot]: wf/carrier.png\n',
      'c.mdx': '# C\n\n<img src="wf/carrier.png" alt="jsx carrier" />\n',
      'wf/README.md': '# Workflows\n\nThe folder.\n',
      'wf/noted.json': withNote,
      'wf/tool.zip': 'zip',
      'wf/carrier.png': carrier,
    });
    const build = await buildSite({ NOTES_DIR: dir });
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(build.output).not.toMatch(/broken link|Stack trace/);

    const page = parse(readFileSync(join(build.outDir, 'workflow/wf/noted.json/index.html'), 'utf8'));
    const link = (text: string) => page.querySelectorAll('.workflow-note a').find((a) => a.text === text);
    expect(link('setup')?.getAttribute('href')).toBe('#wf-note-0-setup');
    expect(page.querySelector('#wf-note-0-setup')?.text).toBe('Setup');
    expect(link('readme')?.getAttribute('href')).toBe('/wf/');
    // No SOURCE_REPO to send it to, and the site publishes only what notes link: text.
    expect(link('tool')?.getAttribute('href')).toBeUndefined();
    expect(link('gone')?.getAttribute('href')).toBeUndefined();
    const footnote = page.querySelectorAll('.workflow-note a').find((a) => a.getAttribute('href')?.includes('fn'));
    expect(page.querySelector(footnote!.getAttribute('href')!)).not.toBeNull();

    // The link to the PNG leads to its page; every image of it is the image itself.
    const a = parse(readFileSync(join(build.outDir, 'a/index.html'), 'utf8'));
    expect(
      a
        .querySelectorAll('article a')
        .find((x) => x.text === "the carrier's page")
        ?.getAttribute('href'),
    ).toBe('/workflow/wf/carrier.png/');
    const b = parse(readFileSync(join(build.outDir, 'b/index.html'), 'utf8'));
    const c = parse(readFileSync(join(build.outDir, 'c/index.html'), 'utf8'));
    const src = (html: ReturnType<typeof parse>, alt: string) => html.querySelector(`img[alt="${alt}"]`)?.getAttribute('src');
    expect(src(b, 'raw carrier')).toBe('/wf/carrier.png');
    expect(src(c, 'jsx carrier')).toBe('/wf/carrier.png');
    // By reference, as inline: through the asset pipeline, with a link to the full size.
    expect(src(b, 'ref carrier')).toMatch(/^\/_astro\/carrier\.[\w-]+\.webp$/);
    expect(b.querySelector('img[alt="ref carrier"]')?.parentNode?.getAttribute('href')).toBe('/wf/carrier.png');
    expect(b.querySelector('img[alt="raw carrier"]')?.parentNode?.getAttribute('href')).toBe('/wf/carrier.png');
    expect(readFileSync(join(build.outDir, 'wf/carrier.png'))).toEqual(carrier);
  });
});
