import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphPicture, PictureNode } from '../../src/workflows/graph-picture.ts';
import { readWorkflow, type WorkflowReading } from '../../src/workflows/read-workflow.ts';
import { fixtureRepository } from '../helpers/build-site.ts';

function workflowOf(text: string): WorkflowReading {
  const read = readWorkflow(Buffer.from(text), 'w.json');
  if (!('workflow' in read)) throw new Error(read.notWorkflow);
  return read.workflow;
}

/** The fixture in format 1.0: native reroutes, nested subgraphs, collapsed, muted and bypassed nodes, a widget fed by a link. */
const animate = workflowOf(readFileSync(join(fixtureRepository, 'workflows/wan-animate/wan-animate-lora-stack.json'), 'utf8'));
const byId = (picture: GraphPicture, id: number): PictureNode => picture.nodes.find((node) => node.id === id)!;
const rows = (node: PictureNode) => node.widgets.map((widget) => [widget.name, widget.value]);

describe('the pictures of a workflow', () => {
  const [main, decode, upscale] = animate.pictures;

  it('draw the top level and every subgraph, nested ones included, each node that runs one leading to it', () => {
    expect(animate.pictures.map((picture) => [picture.name, picture.nodes.length])).toEqual([
      ['Workflow', 11],
      // Each with its inputs and outputs panels.
      ['Decode and upscale', 6],
      ['Upscale <2x>', 4],
    ]);
    expect(byId(main!, 8)).toMatchObject({ title: 'Decode and upscale', opens: decode!.id });
    expect(byId(decode!, 22)).toMatchObject({ title: 'Upscale <2x>', opens: upscale!.id });
    expect(byId(decode!, -10)).toMatchObject({ title: 'Inputs', outputs: [{ name: 'samples', type: 'LATENT' }] });
    expect(byId(decode!, -20)).toMatchObject({ title: 'Outputs', inputs: [{ name: 'IMAGE', type: 'IMAGE', index: 0 }] });
    expect(decode!.links.map((link) => [link.from, link.to, link.type])).toContainEqual([-10, 20, 'LATENT']);
  });

  it('name the widgets from the table, with the seed’s control value, and keep values alone where nothing names them', () => {
    expect(rows(byId(main!, 6))).toEqual([
      ['seed', '589948325935190'],
      ['control_after_generate', 'randomize'],
      ['steps', '4'],
      ['cfg', '1.00'],
      ['sampler_name', 'er_sde'],
      ['scheduler', 'beta'],
      ['denoise', '1.00'],
    ]);
    expect(rows(byId(main!, 2))).toEqual([
      ['lora', 'WanVideo\\Lightx2v\\high_noise_model.safetensors'],
      ['strength', '1.00'],
      ['low_mem_load', 'false'],
      ['merge_loras', 'false'],
    ]);
    expect(byId(main!, 2).widgets[2]!.kind).toBe('toggle');
    // A node neither the file nor the table names: its values, in order, as ComfyUI shows them.
    expect(rows(byId(main!, 11))).toEqual([
      [undefined, '12'],
      [undefined, 'alpha'],
      [undefined, 'true'],
      [undefined, '0.35'],
    ]);
    // A prompt is a text box, shown whole on demand.
    expect(byId(main!, 5).widgets).toEqual([expect.objectContaining({ name: 'text', kind: 'text' })]);
  });

  it('name the widgets as the file does where it names every one, and add the control value after a seed', () => {
    const workflow = workflowOf(
      JSON.stringify({
        nodes: [
          {
            id: 1,
            type: 'SomePackSampler',
            pos: [0, 0],
            size: [300, 100],
            inputs: [
              { name: 'model', type: 'MODEL', link: null },
              { name: 'noise_seed', type: 'INT', widget: { name: 'noise_seed' }, link: null },
              { name: 'steps', type: 'INT', widget: { name: 'steps' }, link: null },
            ],
            widgets_values: [42, 'fixed', 8],
          },
        ],
        links: [],
        version: 0.4,
      }),
    );
    const node = workflow.pictures[0]!.nodes[0]!;
    expect(rows(node)).toEqual([
      ['noise_seed', '42'],
      ['control_after_generate', 'fixed'],
      ['steps', '8'],
    ]);
    // A widget's input that no link feeds is the widget's row, not a slot.
    expect(node.inputs).toEqual([{ name: 'model', type: 'MODEL', index: 0 }]);
  });

  it('keep a widget a link feeds as a slot, collapsed, muted and bypassed nodes as such, and notes as text', () => {
    expect(byId(main!, 6)).toMatchObject({ state: 'bypassed', inputs: expect.arrayContaining([{ name: 'steps', type: 'INT', index: 4 }]) });
    expect(byId(main!, 7)).toMatchObject({ collapsed: true, title: 'Steps' });
    expect(byId(main!, 3)).toMatchObject({ state: 'muted', title: 'Relight LoRA (muted)' });
    expect(byId(main!, 10).note).toBe('Use the relight LoRA only for night scenes.');
    expect(byId(main!, 1)).toMatchObject({ color: '#223', bgcolor: '#335', pack: 'comfyui-wanvideowrapper' });
  });

  it('route a link through its reroutes, in format 1.0 (parentId) and 0.4 (extra.reroutes and linkExtensions)', () => {
    expect(main!.links.find((link) => link.to === 6 && link.toSlot === 1)!.via).toEqual([
      [300, 200],
      [480, 240],
    ]);
    const old = workflowOf(
      JSON.stringify({
        nodes: [
          { id: 1, type: 'A', pos: [0, 0], size: [100, 50], outputs: [{ name: 'x', type: 'IMAGE' }] },
          { id: 2, type: 'B', pos: [600, 0], size: [100, 50], inputs: [{ name: 'x', type: 'IMAGE', link: 7 }] },
        ],
        links: [[7, 1, 0, 2, 0, 'IMAGE']],
        extra: {
          reroutes: [
            { id: 1, pos: [200, 100], linkIds: [7] },
            { id: 2, parentId: 1, pos: [400, 100], linkIds: [7] },
            // A loop in a hostile file ends the walk.
            { id: 3, parentId: 3, pos: [0, 0], linkIds: [] },
          ],
          linkExtensions: [{ id: 7, parentId: 2 }],
        },
        version: 0.4,
      }),
    );
    expect(old.pictures[0]!.links[0]!.via).toEqual([
      [200, 100],
      [400, 100],
    ]);
  });

  it('let only a colour be a colour', () => {
    const workflow = workflowOf(
      JSON.stringify({
        nodes: [{ id: 1, type: 'A', pos: [0, 0], size: [100, 50], color: '#353" onload="alert(1)', bgcolor: 'url(javascript:x)' }],
        links: [],
        groups: [{ title: 'g', bounding: [0, 0, 10, 10], color: 'red;x' }],
        version: 0.4,
      }),
    );
    expect(workflow.pictures[0]!.nodes[0]).not.toHaveProperty('color');
    expect(workflow.pictures[0]!.nodes[0]).not.toHaveProperty('bgcolor');
    expect(workflow.pictures[0]!.groups[0]).not.toHaveProperty('color');
  });
});
