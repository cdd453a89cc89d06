/**
 * What ComfyUI workflows cost a build, on a notes repository shaped like the owner's: 70 notes, 88 workflows
 * (the size of the owner's: 20 to 89 nodes, LoRA loaders and notes in each, a subgraph in three of ten) and 213
 * node-graph screenshots.
 * Reading them (every JSON file, every image's text chunks) is timed alone; the pages by a build whose notes
 * link the workflows beside one whose notes do not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkflows } from '../../src/workflows/find-workflows.ts';
import { OWNER_NOTES, OWNER_WORKFLOWS } from '../generate-owner-notes.ts';
import { generateWorkflow } from '../generate-workflow.ts';
import { measureBuild } from './measure-build.ts';
import { nodeGraphScreenshots, SCREENSHOTS } from './node-graph-screenshots.ts';
import { median } from './search-cost.ts';

export interface WorkflowCost {
  workflows: number;
  screenshots: number;
  readMs: number;
  linkedMs: number;
  unlinkedMs: number;
}

const WORKFLOWS = OWNER_WORKFLOWS;
const NOTES = OWNER_NOTES;
const RUNS = 3;

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
  const { names: screenshots } = await nodeGraphScreenshots(work);
  mkdirSync(join(dir, 'workflows'), { recursive: true });
  for (let i = 0; i < WORKFLOWS; i += 1) writeFileSync(join(dir, 'workflows', `wf-${i}.json`), generateWorkflow(i));
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
