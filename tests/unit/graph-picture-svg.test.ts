import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { graphPictureSvg } from '../../src/workflows/graph-picture-svg.ts';
import type { GraphPicture, PictureNode } from '../../src/workflows/graph-picture.ts';
import { readWorkflow } from '../../src/workflows/read-workflow.ts';
import { fixtureRepository } from '../helpers/build-site.ts';

const read = readWorkflow(readFileSync(join(fixtureRepository, 'workflows/wan-animate/wan-animate-lora-stack.json')), 'w.json');
if (!('workflow' in read)) throw new Error(read.notWorkflow);
const [main, decode] = read.workflow.pictures as [GraphPicture, GraphPicture];
const full = graphPictureSvg(main, {
  detail: 'full',
  label: 'The graph of "w<1>.json"',
  pictureUrl: (id) => `${id}.svg`,
  stylesheet: '/workflow-graph.css',
});
const svg = parse(full);

const node = (id: number) => svg.querySelector(`#node-${id}`)!;
const texts = (id: number) =>
  node(id)
    .querySelectorAll('text')
    .map((text) => text.text);

const hostile = (title: string, extra: Partial<PictureNode> = {}): GraphPicture => ({
  id: 'main',
  name: 'Workflow',
  nodes: [
    {
      id: 1,
      x: 0,
      y: 0,
      width: 300,
      height: 80,
      title,
      type: 'X',
      state: 'on',
      collapsed: false,
      inputs: [{ name: '<b>in</b>', type: 'MODEL" onclick="x', index: 0 }],
      outputs: [],
      widgets: [{ name: '<i>n</i>', value: '</text><script>alert(1)</script>', kind: 'value' }],
      ...extra,
    },
  ],
  links: [],
  groups: [{ x: 0, y: -60, width: 900, height: 200, title: '<img src=x onerror=alert(1)>', fontSize: 24 }],
  reroutes: [],
  total: 1,
});

describe('graphPictureSvg', () => {
  it('draws a standalone file: its stylesheet, its size, a label, and each node by id with its pack', () => {
    expect(full).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<\?xml-stylesheet type="text\/css" href="\/workflow-graph\.css"\?>\n<svg /,
    );
    const root = svg.querySelector('svg')!;
    expect(root.getAttribute('aria-label')).toBe('The graph of "w<1>.json"');
    expect(root.getAttribute('viewBox')).toBe(
      `${root.getAttribute('viewBox')!.split(' ').slice(0, 2).join(' ')} ${root.getAttribute('width')} ${root.getAttribute('height')}`,
    );
    expect(svg.querySelectorAll('g.n')).toHaveLength(main.nodes.length);
    expect(node(1).getAttribute('data-pack')).toBe('comfyui-wanvideowrapper');
  });

  it('shows what ComfyUI shows in a node: title, badge, slots each side, a row per widget with its value', () => {
    expect(texts(6)).toEqual([
      'KSampler',
      '#6',
      'model',
      'positive',
      'negative',
      'latent_image',
      'steps',
      'LATENT',
      'seed',
      '589948325935190',
      'control_after_generate',
      'randomize',
      'steps',
      '4',
      'cfg',
      '1.00',
      'sampler_name',
      'er_sde',
      'scheduler',
      'beta',
      'denoise',
      '1.00',
    ]);
    // Bypassed under ComfyUI's magenta veil, muted faded; a collapsed node is its title alone.
    expect(node(6).querySelector('rect.bp')).not.toBeNull();
    expect(node(3).classList.contains('s-muted')).toBe(true);
    expect(texts(7)).toEqual(['Steps', '#7']);
    // The author's colours, as attributes; the others from the stylesheet.
    expect(node(1).querySelector('rect')!.getAttribute('fill')).toBe('#335');
    expect(node(6).querySelector('rect')!.getAttribute('class')).toBe('nb');
  });

  it('cuts a long value to its row and keeps it whole as the row’s tooltip; a prompt is a text box', () => {
    const lora = node(2).querySelectorAll('g.w')[0]!;
    expect(lora.querySelector('text.wv')!.text).toMatch(/…$/);
    expect(lora.querySelector('title')!.text).toBe('lora: WanVideo\\Lightx2v\\high_noise_model.safetensors');
    const prompt = node(5).querySelector('g.w')!;
    expect(prompt.querySelectorAll('tspan').length).toBe(2);
    expect(prompt.querySelector('title')!.text).toMatch(/^text: The animated girl .* a long prompt that goes on and on$/);
  });

  it('colours links by type, through their reroutes, with a dot at the middle', () => {
    const links = svg.querySelectorAll('path.l');
    expect(links).toHaveLength(main.links.length);
    expect(links.filter((path) => path.classList.contains('t-CONDITIONING'))).toHaveLength(1);
    // Through two reroutes: three stretches.
    expect(
      links
        .find((path) => path.classList.contains('t-CONDITIONING'))!
        .getAttribute('d')!
        .match(/C/g),
    ).toHaveLength(3);
    expect(svg.querySelectorAll('circle.rr')).toHaveLength(2);
    expect(svg.querySelectorAll('circle.ld')).toHaveLength(main.links.length);
  });

  it('leads from a subgraph’s node to its picture', () => {
    expect(node(8).querySelector('a.sg')!.getAttribute('href')).toBe(`${decode.id}.svg`);
  });

  it('writes every text from the file as text, and no attribute from it', () => {
    const out = graphPictureSvg(hostile('<script>alert(1)</script>'), { detail: 'full', label: 'x' });
    expect(out).not.toMatch(/<script|<img|<b>|<i>|onclick=/);
    const parsed = parse(out);
    expect(parsed.querySelectorAll('text').map((text) => text.text)).toEqual(
      // The widget's name gives way to its value, as in ComfyUI.
      expect.arrayContaining([
        '<script>alert(1)</script>',
        '<b>in</b>',
        '<i>n<…',
        '</text><script>alert(1)…',
        '<img src=x onerror=alert(1)>',
      ]),
    );
    expect(parsed.querySelectorAll('circle.sd')[0]!.getAttribute('class')).toBe('sd');
  });

  it('takes in the whole curve of a link back to a node on its left, which swings out past both', () => {
    const box = (id: number, x: number): PictureNode => ({
      ...hostile('n').nodes[0]!,
      id,
      x,
      inputs: [{ name: 'model', type: 'MODEL', index: 0 }],
      outputs: [{ name: 'MODEL', type: 'MODEL' }],
      widgets: [],
    });
    const picture: GraphPicture = {
      ...hostile('n'),
      nodes: [box(1, 3000), box(2, 0)],
      links: [{ from: 1, fromSlot: 0, to: 2, toSlot: 0, type: 'MODEL', via: [] }],
      groups: [],
    };
    const drawn = parse(graphPictureSvg(picture, { detail: 'full', label: 'x' }));
    const [vx, , vw] = drawn.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number];
    const [x0, x1, x2, x3] = /^M([\d.-]+) ([\d.-]+)C([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)/
      .exec(drawn.querySelector('g.ls path')!.getAttribute('d')!)!
      .slice(1)
      .map(Number)
      .filter((_, index) => index % 2 === 0) as number[];
    const xs = Array.from({ length: 101 }, (_, step) => {
      const t = step / 100;
      return (1 - t) ** 3 * x0! + 3 * (1 - t) ** 2 * t * x1! + 3 * (1 - t) * t ** 2 * x2! + t ** 3 * x3!;
    });
    // Past both nodes on each side, and inside the picture.
    expect(Math.max(...xs)).toBeGreaterThan(3000 + 300 + 40);
    expect(Math.min(...xs)).toBeLessThan(-40);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(vx);
    expect(Math.max(...xs)).toBeLessThanOrEqual(vx + vw);
  });

  it('draws an overview with titles at a size the column reads, and no widget', () => {
    const overview = parse(graphPictureSvg(main, { detail: 'overview', label: 'x' }));
    expect(overview.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(overview.querySelectorAll('g.w')).toHaveLength(0);
    expect(overview.querySelectorAll('[id]')).toHaveLength(0);
    expect(Number(overview.querySelector('text.tt')!.getAttribute('font-size'))).toBeGreaterThanOrEqual(15);
  });
});
