/**
 * What ComfyUI workflows cost a build, on a notes repository shaped like the owner's: 70 notes, 88 workflows
 * (20 to 300 nodes, a quarter with a subgraph, LoRA loaders and notes in each) and 213 node-graph screenshots.
 * Reading them (every JSON file, every image's text chunks) is timed alone; the pages by a build whose notes
 * link the workflows beside one whose notes do not.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkflows } from '../../src/workflows/find-workflows.ts';
import { generateScreenshots } from '../generate-screenshots.ts';
import { measureBuild } from './measure-build.ts';
import { median } from './search-cost.ts';

export interface WorkflowCost {
  workflows: number;
  screenshots: number;
  readMs: number;
  linkedMs: number;
  unlinkedMs: number;
}

const WORKFLOWS = 88;
const SCREENSHOTS = 213;
const NOTES = 70;
const RUNS = 3;

/** One workflow in ComfyUI's UI format: a chain of nodes in rows, LoRA loaders, a MarkdownNote, and a subgraph in every fourth. */
function workflow(index: number): string {
  const count = 20 + ((index * 37) % 280);
  const node = (id: number) => ({
    id,
    type: id % 9 === 0 ? 'LoraLoaderModelOnly' : id === 1 ? 'MarkdownNote' : 'KSamplerAdvanced',
    pos: [(id % 12) * 420, Math.floor(id / 12) * 360],
    size: [380, 300],
    flags: {},
    order: id,
    mode: id % 17 === 0 ? 4 : 0,
    inputs: [{ name: 'model', type: 'MODEL', link: id }],
    outputs: [{ name: 'MODEL', type: 'MODEL', links: [id + 1] }],
    properties: { cnr_id: id % 3 ? 'comfy-core' : 'comfyui-kjnodes', ver: id % 3 ? '0.5.1' : '1.1.7' },
    widgets_values:
      id % 9 === 0
        ? [`WanVideo\\Lightx2v\\lightx2v_I2V_14B_480p_cfg_step_distill_rank${64 + (id % 3) * 32}_bf16.safetensors`, 0.5 + (id % 6) / 4]
        : id === 1
          ? [`## Workflow ${index}\n\nSet shift to **8**; load [the LoRA](https://huggingface.co/Kijai/WanVideo_comfy).\n`]
          : ['enable', id, 'fixed', 4, 1, 'euler', 'simple', 0, 2, 'enable'],
  });
  const nodes = Array.from({ length: count }, (_, id) => node(id));
  const subgraphs = index % 4 === 0 ? [{ id: `sub-${index}`, name: 'Second pass', nodes: [node(1000), node(1009)], links: [] }] : [];
  if (subgraphs.length) nodes.push({ ...node(count), type: `sub-${index}` });
  const links = Array.from({ length: count - 1 }, (_, id) => [id + 1, id, 0, id + 1, 0, 'MODEL']);
  return JSON.stringify({ last_node_id: count, last_link_id: count, nodes, links, groups: [], definitions: { subgraphs }, extra: {}, version: 0.4 });
}

/** The notes, each with three screenshots and links to its share of the workflows (or, unlinked, to none). */
function writeNotes(dir: string, screenshots: string[], linked: boolean): void {
  for (let n = 0; n < NOTES; n += 1) {
    const images = screenshots.slice(n * 3, n * 3 + 3).map((name, i) => `![graph ${i}](screenshots/${name})`);
    const mine = Array.from({ length: WORKFLOWS }, (_, i) => i).filter((i) => i % NOTES === n);
    const links = linked ? mine.map((i) => `- [workflow ${i}](workflows/wf-${i}.json)`) : [];
    writeFileSync(join(dir, `note-${n}.md`), `# Note ${n}\n\nAbout LoRAs.\n\n## 2026.06.23\n\n${images.join('\n\n')}\n\n${links.join('\n')}\n`);
  }
}

export async function measureWorkflowCost(projectRoot: string, work: string): Promise<WorkflowCost> {
  const dir = join(work, 'workflow-notes');
  // The screenshots take minutes to make and are the same every time: made once, kept.
  const shots = join(dir, 'screenshots');
  if (!existsSync(join(shots, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    await generateScreenshots(SCREENSHOTS, shots);
    writeFileSync(join(shots, '.complete'), '');
  }
  const screenshots = readdirSync(shots).filter((name) => !name.startsWith('.')).sort();
  mkdirSync(join(dir, 'workflows'), { recursive: true });
  for (let i = 0; i < WORKFLOWS; i += 1) writeFileSync(join(dir, 'workflows', `wf-${i}.json`), workflow(i));
  const reads: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await findWorkflows(dir);
    reads.push(performance.now() - started);
  }
  const env = { NOTES_DIR: dir, OUT_DIR: join(work, 'workflow-dist') };
  const linked: number[] = [];
  const unlinked: number[] = [];
  // Warm builds (the screenshots encoded once), interleaved: what changes between them is the workflows' pages.
  writeNotes(dir, screenshots, false);
  measureBuild(projectRoot, env);
  for (let run = 0; run < RUNS; run += 1) {
    writeNotes(dir, screenshots, true);
    linked.push(measureBuild(projectRoot, env).ms);
    writeNotes(dir, screenshots, false);
    unlinked.push(measureBuild(projectRoot, env).ms);
  }
  return { workflows: WORKFLOWS, screenshots: SCREENSHOTS, readMs: median(reads), linkedMs: median(linked), unlinkedMs: median(unlinked) };
}
