import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWorkflow, type WorkflowReading } from '../../src/workflows/read-workflow.ts';
import { GRAPH_GROUPS_MAX, GRAPH_NODES_MAX } from '../../src/workflows/graph-picture.ts';
import { loraIndex } from '../../src/workflows/lora-index.ts';
import { fixtureRepository } from '../helpers/build-site.ts';

const fixture = (path: string) => readFileSync(join(fixtureRepository, 'workflows', path));
const SVI = 'svi/SVI-Pro-loop-lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.json';

function workflowOf(bytes: Buffer | string, path = 'w.json'): WorkflowReading {
  const read = readWorkflow(Buffer.from(bytes), path);
  if (!('workflow' in read)) throw new Error(read.notWorkflow);
  return read.workflow;
}

/** A UI-format workflow of the given nodes (format 0.4), with the fields every saved one has. */
const ui = (nodes: unknown[], more: Record<string, unknown> = {}) =>
  JSON.stringify({
    last_node_id: nodes.length,
    last_link_id: 0,
    nodes,
    links: [],
    groups: [],
    config: {},
    extra: {},
    version: 0.4,
    ...more,
  });
const node = (id: number, type: string, widgets_values: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  type,
  pos: [id * 100, 0],
  size: [90, 60],
  mode: 0,
  properties: {},
  widgets_values,
  ...extra,
});

describe('readWorkflow on a UI-format workflow with a subgraph', () => {
  const workflow = workflowOf(fixture(SVI));

  it('counts its nodes (the subgraph’s included) and subgraphs, and says what it was saved with', () => {
    expect(workflow).toMatchObject({ format: 'ui', nodes: 22, subgraphs: 1, comfyui: '0.5.1', frontend: '1.35.9' });
  });

  it('reads every LoRA node kind: strengths, bypassed, muted, rows switched off, and the subgraph it is in', () => {
    expect(
      workflow.loras.map(({ file, strengthModel, strengthClip, state, node, subgraph }) => [
        file,
        strengthModel,
        strengthClip,
        state,
        node,
        subgraph,
      ]),
    ).toEqual([
      [
        'WanVideo\\Lightx2v\\lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.safetensors',
        3,
        undefined,
        'on',
        'LoraLoaderModelOnly',
        undefined,
      ],
      ['SVI_v2_PRO_Wan2.2-I2V-A14B_LOW_lora_rank_128_fp16.safetensors', 1.0000000000000002, undefined, 'on', 'SVI low', undefined],
      ['Wan2.2-Fun-A14B-InP-LOW-MPS.safetensors', 0.5, undefined, 'bypassed', 'MPS (bypassed)', undefined],
      [
        'WanVideo\\lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.safetensors',
        0.6,
        undefined,
        'muted',
        'WanVideoLoraSelect',
        undefined,
      ],
      ['detailz-wan.safetensors', 0.8, undefined, 'on', 'WanVideoLoraSelectMulti', undefined],
      ['motion_boost_v2.safetensors', 1.25, undefined, 'on', 'WanVideoLoraSelectMulti', undefined],
      ['Wan21_T2V_14B_lightx2v_cfg_step_distill_lora_rank32.safetensors', 0.75, undefined, 'on', 'Power Lora Loader (rgthree)', undefined],
      ['old_style_lora.safetensors', 1.5, undefined, 'off', 'Power Lora Loader (rgthree)', undefined],
      ['anime_style.safetensors', 0.9, 0.7, 'on', 'LoraLoader', undefined],
      ['wan/svi/SVI_v2_PRO_Wan2.2-I2V-A14B_HIGH_lora_rank_128_fp16.safetensors', 1, undefined, 'on', 'LoraLoaderModelOnly', 'Second pass'],
    ]);
    // The download URL the workflow gives, matched by file name whatever folder the node shows.
    expect(workflow.loras[0]!.url).toBe(
      'https://huggingface.co/Kijai/WanVideo_comfy/resolve/main/Lightx2v/lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.safetensors',
    );
  });

  it('reads the models by kind, with the download URLs it gives, never a javascript: one', () => {
    expect(workflow.models.map(({ kind, file, url }) => [kind, file, url !== undefined])).toEqual([
      ['diffusion model', 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', true],
      ['diffusion model', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors', false],
      ['text encoder', 'umt5_xxl_fp8_e4m3fn_scaled.safetensors', false],
      ['VAE', 'wan_2.1_vae.safetensors', false],
      ['CLIP vision', 'clip_vision_h.safetensors', false],
    ]);
  });

  it('names the custom node packs with their versions and where they are', () => {
    expect(workflow.packs).toEqual([
      {
        id: 'kijai/ComfyUI-WanVideoWrapper',
        key: 'comfyui-wanvideowrapper',
        url: 'https://github.com/kijai/ComfyUI-WanVideoWrapper',
        versions: ['998a69cc0acbec503001b8b0ce0a5d5404420e1e'],
        nodes: 2,
      },
      {
        id: 'comfyui-videohelpersuite',
        key: 'comfyui-videohelpersuite',
        url: 'https://registry.comfy.org/nodes/comfyui-videohelpersuite',
        versions: ['1.7.7'],
        nodes: 1,
      },
      {
        id: 'rgthree-comfy',
        key: 'rgthree-comfy',
        url: 'https://registry.comfy.org/nodes/rgthree-comfy',
        versions: ['738105af5fb14e96fbecaf406dc356e284797e8c'],
        nodes: 1,
      },
    ]);
  });

  it('keeps the Note and MarkdownNote texts and titles as text, the subgraph’s too', () => {
    expect(workflow.notes.map((note) => [note.title, note.markdown, note.text.split('\n')[0]])).toEqual([
      ['Read me <b>first</b>', true, '## Models'],
      [undefined, false, 'Plain text note.'],
      [undefined, false, 'Inside the subgraph: the second pass.'],
    ]);
  });

  it('says what it could not read (a node without a type), and reads the rest', () => {
    expect(workflow.problems).toEqual(['a node without a type (id 18)']);
  });

  it('pictures the top level and the subgraph: groups, every node with its title as written, each link', () => {
    const [graph, subgraph] = workflow.pictures;
    expect(workflow.pictures).toHaveLength(2);
    expect(graph!.nodes).toHaveLength(19);
    expect(graph!.groups.map((group) => group.title)).toEqual([
      'Models',
      'LoRAs (high and low noise) with a long group title that goes on',
    ]);
    expect(graph!.groups.map((group) => group.fontSize)).toEqual([24, 24]);
    expect(graph!.nodes.find((box) => box.title.startsWith('<img'))?.title).toMatch(/^<img src=x/);
    expect(graph!.links).toHaveLength(7);
    expect(graph!.nodes.filter((box) => box.state === 'bypassed')).toHaveLength(1);
    expect(subgraph!.id).not.toBe('main');
    expect(graph!.nodes.some((box) => box.opens === subgraph!.id)).toBe(true);
    // A LoRA leads to its node in its picture.
    expect(workflow.loras.every((lora) => lora.at && workflow.pictures.some((picture) => picture.id === lora.at!.picture))).toBe(true);
  });
});

describe('readWorkflow on other shapes', () => {
  it('reads the LoRA stacks of the API format: numbered rows with their switches, and rgthree rows with their clip strength', () => {
    const workflow = workflowOf(
      JSON.stringify({
        '1': {
          class_type: 'WanVideoLoraSelectMulti',
          inputs: {
            lora_0: 'a.safetensors',
            strength_0: 1,
            lora_1: 'none',
            strength_1: 1,
            lora_2: 'c.safetensors',
            strength_2: 0.5,
            low_mem_load: false,
          },
        },
        '2': {
          class_type: 'CR LoRA Stack',
          inputs: {
            switch_1: 'On',
            lora_name_1: 'd.safetensors',
            model_weight_1: 0.8,
            clip_weight_1: 0.6,
            switch_2: 'Off',
            lora_name_2: 'e.safetensors',
            model_weight_2: 1,
            clip_weight_2: 1,
            switch_3: 'On',
            lora_name_3: 'None',
            model_weight_3: 1,
            clip_weight_3: 1,
          },
        },
        '3': {
          class_type: 'Power Lora Loader (rgthree)',
          inputs: { lora_1: { on: true, lora: 'f.safetensors', strength: 0.7, strengthTwo: 0.4 }, model: ['4', 0] },
        },
        '4': { class_type: 'UNETLoader', inputs: { unet_name: 'm.safetensors' } },
      }),
    );
    expect(workflow.loras.map(({ file, strengthModel, strengthClip, state }) => [file, strengthModel, strengthClip, state])).toEqual([
      ['a.safetensors', 1, undefined, 'on'],
      ['c.safetensors', 0.5, undefined, 'on'],
      ['d.safetensors', 0.8, 0.6, 'on'],
      ['e.safetensors', 1, 1, 'off'],
      ['f.safetensors', 0.7, 0.4, 'on'],
    ]);
  });

  it('lists no LoRA for an empty slot of a UI-format CR LoRA Stack', () => {
    const workflow = workflowOf(ui([node(1, 'CR LoRA Stack', ['On', 'd.safetensors', 0.8, 0.6, 'Off', 'None', 1, 1, 'On', 'None', 1, 1])]));
    expect(workflow.loras).toMatchObject([{ file: 'd.safetensors', strengthModel: 0.8, strengthClip: 0.6 }]);
  });

  it('reads an API-format prompt: models and LoRAs from the inputs, titles from _meta', () => {
    const workflow = workflowOf(fixture('z-image/z-image-api.json'));
    expect(workflow).toMatchObject({ format: 'api', nodes: 5, subgraphs: 0, packs: [] });
    expect(workflow.loras).toEqual([
      { file: 'zit_character.safetensors', strengthModel: 0.8, strengthClip: 0.6, state: 'on', node: 'Character LoRA' },
    ]);
    expect(workflow.models.map((model) => [model.kind, model.file])).toEqual([
      ['diffusion model', 'z_image_turbo_bf16.safetensors'],
      ['text encoder', 'qwen_3_4b.safetensors'],
      ['VAE', 'ae.safetensors'],
    ]);
  });

  it('reads the workflow a PNG carries in its tEXt chunk, and says an image without one is none', () => {
    const workflow = workflowOf(fixture('z-image/vace-inpaint.png'), 'x.png');
    expect(workflow.models).toMatchObject([{ kind: 'diffusion model', file: 'wan2.1-vace-14b-Q4_K_M.gguf' }]);
    expect(workflow.loras).toMatchObject([{ file: 'Wan21_CausVid_14B_T2V_lora_rank32_v2.safetensors', strengthModel: 0.4 }]);
    expect(workflow.packs.map((pack) => pack.id)).toEqual(['comfyui-gguf']);
    expect(readWorkflow(readFileSync(join(fixtureRepository, 'screenshots/ck-load-audio.png')), 'a.png')).toEqual({
      notWorkflow: 'the image carries no workflow',
      quiet: true,
    });
  });

  it('inflates a compressed text chunk no further than a workflow could be: a decompression bomb is one line, never a crash', () => {
    /** A PNG of the signature, one chunk and IEND (CRCs unchecked, as the reader does not check them). */
    const png = (type: string, data: Buffer) => {
      const chunk = (name: string, body: Buffer) => {
        const length = Buffer.alloc(4);
        length.writeUInt32BE(body.length);
        return Buffer.concat([length, Buffer.from(name, 'latin1'), body, Buffer.alloc(4)]);
      };
      return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk(type, data),
        chunk('IEND', Buffer.alloc(0)),
      ]);
    };
    const json = ui([node(1, 'LoraLoaderModelOnly', ['ztxt_lora.safetensors', 0.5])]);
    const zTXt = (text: Buffer) => png('zTXt', Buffer.concat([Buffer.from('workflow\0\0', 'latin1'), deflateSync(text)]));
    expect(workflowOf(zTXt(Buffer.from(json)), 'x.png').loras).toMatchObject([{ file: 'ztxt_lora.safetensors' }]);
    // 80 MB of spaces deflate to some 80 KB.
    const bomb = zTXt(Buffer.alloc(80 * 2 ** 20, 0x20));
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(readWorkflow(bomb, 'bomb.png')).toEqual({
      notWorkflow: 'its workflow text inflates to more than 64 MB, more than any workflow; it is not read',
    });
    const iTXt = png('iTXt', Buffer.concat([Buffer.from('workflow\0\x01\0\0\0', 'latin1'), Buffer.from('not deflate')]));
    expect(readWorkflow(iTXt, 'corrupt.png')).toEqual({ notWorkflow: 'its workflow text is compressed but does not inflate' });
  });

  it('reads the workflow a WebP carries in its EXIF, as ComfyUI writes it', () => {
    const json = ui([node(1, 'LoraLoaderModelOnly', ['webp_lora.safetensors', 0.7])]);
    const exif = Buffer.concat([Buffer.from('Exif\0\0MM\0*'), Buffer.from(`workflow:${json}\0`)]);
    const chunk = Buffer.concat([Buffer.from('EXIF'), Buffer.alloc(4), exif, Buffer.alloc(exif.length % 2)]);
    chunk.writeUInt32LE(exif.length, 4);
    const riff = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), chunk]);
    riff.writeUInt32LE(riff.length - 8, 4);
    expect(workflowOf(riff, 'x.webp').loras).toMatchObject([{ file: 'webp_lora.safetensors', strengthModel: 0.7 }]);
  });

  it('says why a file is not a workflow: JSON of something else, or not JSON', () => {
    expect(readWorkflow(fixture('svi/benchmark-aggregate.json'), 'b.json')).toEqual({
      notWorkflow: 'the file is JSON, but not a ComfyUI workflow (no nodes)',
    });
    expect(readWorkflow(fixture('svi/broken.json'), 'b.json')).toEqual({
      notWorkflow: expect.stringMatching(/^the file is not valid JSON \(/),
    });
    expect(readWorkflow(Buffer.from('[1, 2]'), 'b.json')).toEqual({
      notWorkflow: 'the file is JSON, but not a ComfyUI workflow (no nodes)',
    });
  });

  it('reads what it can of nodes without the fields it expects, and never throws', () => {
    const workflow = workflowOf(
      ui([
        7,
        { id: 2 },
        node(3, 'LoraLoader', null),
        node(4, 'LoraLoaderModelOnly', [42, 'x']),
        { id: 5, type: 'UNETLoader', pos: 'here', widgets_values: ['m.safetensors'] },
      ]),
    );
    expect(workflow.nodes).toBe(5);
    expect(workflow.problems).toEqual([
      'a node without a type (number)',
      'a node without a type (id 2)',
      'node 3 (LoraLoader) has no widget values',
    ]);
    expect(workflow.loras).toEqual([]);
    expect(workflow.models).toMatchObject([{ file: 'm.safetensors' }]);
    expect(workflow.pictures[0]?.nodes).toHaveLength(2);
  });

  it('bypasses what is inside a bypassed subgraph, and reads a subgraph used twice once, as the use that runs', () => {
    const subgraph = { id: 'sg-1', name: 'Upscale', nodes: [node(10, 'LoraLoaderModelOnly', ['inner.safetensors', 1])], links: [] };
    const once = workflowOf(ui([node(1, 'sg-1', [], { mode: 4 })], { definitions: { subgraphs: [subgraph] } }));
    expect(once.loras).toMatchObject([{ file: 'inner.safetensors', state: 'bypassed', subgraph: 'Upscale' }]);
    const twice = workflowOf(ui([node(1, 'sg-1', [], { mode: 4 }), node(2, 'sg-1', [])], { definitions: { subgraphs: [subgraph] } }));
    expect(twice.loras).toMatchObject([{ file: 'inner.safetensors', state: 'on' }]);
    expect(twice).toMatchObject({ subgraphs: 1, nodes: 3 });
  });

  it('reads a workflow of 10 MB, and draws no more than a page can carry', () => {
    const nodes = Array.from({ length: 12_000 }, (_, id) =>
      node(id, 'LoraLoaderModelOnly', [`lora_${id}_${'x'.repeat(800)}.safetensors`, 1], { title: `LoRA ${id}` }),
    );
    const text = ui(nodes);
    expect(text.length).toBeGreaterThan(10 * 2 ** 20);
    const workflow = workflowOf(text);
    expect(workflow.loras).toHaveLength(12_000);
    expect(workflow.pictures[0]).toMatchObject({ total: 12_000 });
    expect(workflow.pictures[0]!.nodes).toHaveLength(GRAPH_NODES_MAX);
  });

  // Made big enough to overflow a spread or a recursion, it takes seconds on a core the other tests share.
  it('draws a hostile file’s two hundred thousand groups and LoRA uses without overflowing the stack', { timeout: 30_000 }, () => {
    const groups = Array.from({ length: 200_000 }, (_, id) => ({ title: `g${id}`, bounding: [id, id, 50, 50] }));
    const loras = Array.from({ length: 200_000 }, (_, id) => node(id, 'LoraLoaderModelOnly', ['same.safetensors', id / 1000]));
    const workflow = workflowOf(ui(loras, { groups }));
    expect(workflow.pictures[0]!.groups).toHaveLength(GRAPH_GROUPS_MAX);
    const [entry] = loraIndex([{ path: 'w.json', name: 'w', url: '/workflow/w.json/', loras: workflow.loras }]);
    expect(entry).toMatchObject({ uses: 200_000, strength: { min: 0, max: 199.999 } });
  });

  it('lists a pack once, though some nodes name it by its registry id and others by its GitHub repository', () => {
    const kj = (id: number, properties: Record<string, string>) => node(id, 'SetNode', [], { properties: { ...properties, ver: '1.1.7' } });
    const workflow = workflowOf(
      ui([
        kj(1, { aux_id: 'kijai/ComfyUI-KJNodes' }),
        kj(2, { cnr_id: 'comfyui-kjnodes' }),
        kj(3, { aux_id: 'kijai/ComfyUI-KJNodes' }),
        kj(4, { aux_id: 'someone/Only-On-GitHub' }),
      ]),
    );
    expect(workflow.packs).toEqual([
      {
        id: 'comfyui-kjnodes',
        key: 'comfyui-kjnodes',
        url: 'https://registry.comfy.org/nodes/comfyui-kjnodes',
        versions: ['1.1.7'],
        nodes: 3,
      },
      {
        id: 'someone/Only-On-GitHub',
        key: 'only-on-github',
        url: 'https://github.com/someone/Only-On-GitHub',
        versions: ['1.1.7'],
        nodes: 1,
      },
    ]);
  });
});
