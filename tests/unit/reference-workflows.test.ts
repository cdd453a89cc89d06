import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkflow, type WorkflowReading } from '../../src/workflows/read-workflow.ts';
import { WIDGET_NAMES } from '../../src/workflows/widget-names.ts';
import { referenceWorkflows, skipReason } from '../helpers/owner-notes.ts';

/** The owner's workflow files as they are (data kept outside the repository), read as the build reads them. */
function read(name: string): WorkflowReading {
  const result = readWorkflow(readFileSync(join(referenceWorkflows!, name)), name);
  if (!('workflow' in result)) throw new Error(`${name}: ${result.notWorkflow}`);
  return result.workflow;
}

describe.skipIf(!referenceWorkflows)(`the owner’s workflows (${referenceWorkflows ? 'REFERENCE_WORKFLOWS' : skipReason.workflows})`, () => {
  it('niji-qui-zit.json: a LoraLoaderModelOnly with its download URL, Note and MarkdownNote texts, GGUF and core loaders', () => {
    const workflow = read('niji-qui-zit.json');
    expect(workflow.loras).toMatchObject([
      { file: 'Qwen-Image-Edit-2511-Lightning-4steps-V1.0-bf16.safetensors', strengthModel: 1, state: 'on' },
    ]);
    expect(workflow.loras[0]!.url).toMatch(/^https:\/\/huggingface\.co\//);
    expect(workflow.notes.filter((note) => note.markdown)).toHaveLength(2);
    expect(workflow.models.filter((model) => model.url).length).toBeGreaterThanOrEqual(3);
    expect(workflow.packs.map((pack) => pack.id)).toContain('comfyui-gguf');
    expect(workflow.pictures[0]!.nodes.some((node) => node.state === 'bypassed')).toBe(true);
  });

  it('kj_WanToAllAnimation_test.json: Kijai’s WanVideoWrapper loaders', () => {
    const workflow = read('kj_WanToAllAnimation_test.json');
    expect(workflow.loras.map((lora) => lora.node)).toEqual(['WanVideoLoraSelect']);
    expect(workflow.models.find((model) => model.kind === 'diffusion model')?.file).toMatch(/OneToAllAnimation/);
    expect(workflow.packs[0]!.id).toBe('ComfyUI-WanVideoWrapper');
  });

  it('tsolful-Z-Image-L2P.json: a Power Lora Loader with no LoRA in its rows, and bypassed nodes', () => {
    const workflow = read('tsolful-Z-Image-L2P.json');
    expect(workflow.loras).toEqual([]);
    expect(workflow.packs.map((pack) => pack.id)).toContain('rgthree-comfy');
    expect(workflow.models.find((model) => model.kind === 'upscaler')).toMatchObject({ state: 'bypassed' });
  });

  it('qc-SVI-Pro-KJ-Example-looped.json: two subgraphs, the LoRAs inside them, models with URLs', () => {
    const workflow = read('qc-SVI-Pro-KJ-Example-looped.json');
    expect(workflow.subgraphs).toBe(2);
    expect(workflow.loras.length).toBeGreaterThanOrEqual(4);
    expect(workflow.models.filter((model) => model.url)).toHaveLength(2);
    expect(workflow.notes.length).toBeGreaterThanOrEqual(2);
  });

  it('wan22_4frames_interp.json: a WanVideoLoraSelect chain and a muted text encoder', () => {
    const workflow = read('wan22_4frames_interp.json');
    expect(workflow.loras.map((lora) => [lora.node, lora.strengthModel])).toEqual([
      ['WanVideoLoraSelect', 1],
      ['WanVideoLoraSelect', 1],
      ['WanVideoLoraSelect', 3],
    ]);
    expect(workflow.models.filter((model) => model.state === 'muted').map((model) => model.kind)).toEqual(['text encoder']);
  });

  it('droz-simiple-vace-inpaint.png: the workflow the PNG carries', () => {
    const workflow = read('droz-simiple-vace-inpaint.png');
    expect(workflow.nodes).toBe(43);
    expect(workflow.loras).toMatchObject([{ file: 'lightx2v_T2V_14B_cfg_step_distill_v2_lora_rank128_bf16.safetensors' }]);
  });

  it('every picture: each subgraph drawn, every node that names its widgets named alike by the widget table', () => {
    const names = ['kj_WanToAllAnimation_test.json', 'niji-qui-zit.json', 'qc-SVI-Pro-KJ-Example-looped.json', 'tsolful-Z-Image-L2P.json'];
    let compared = 0;
    for (const name of [...names, 'wan22_4frames_interp.json']) {
      const file = JSON.parse(readFileSync(join(referenceWorkflows!, name), 'utf8')) as {
        nodes: { type: string; inputs?: { widget?: { name: string } }[]; widgets_values?: unknown }[];
        definitions?: { subgraphs?: { nodes: never[] }[] };
      };
      const workflow = read(name);
      expect(workflow.pictures).toHaveLength(1 + workflow.subgraphs);
      for (const node of [...file.nodes, ...(file.definitions?.subgraphs ?? []).flatMap((graph) => graph.nodes)]) {
        const given = (node.inputs ?? []).flatMap((input) => (input.widget ? [input.widget.name] : []));
        const table = WIDGET_NAMES[node.type]?.filter((widget) => widget !== null && widget !== 'control_after_generate');
        if (!table || !Array.isArray(node.widgets_values) || given.length < table.length) continue;
        expect(given.slice(0, table.length), node.type).toEqual(table);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('fredbliss-fml2v_aggregate_2026-05-13.json: linked as a workflow, but benchmark data', () => {
    const name = 'fredbliss-fml2v_aggregate_2026-05-13.json';
    expect(readWorkflow(readFileSync(join(referenceWorkflows!, name)), name)).toEqual({
      notWorkflow: 'the file is JSON, but not a ComfyUI workflow (no nodes)',
    });
  });
});
