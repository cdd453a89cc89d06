import { globSync } from 'tinyglobby';
import type { WorkflowRead } from './read-workflow.ts';
import { readWorkflowFile } from './read-workflow-file.ts';

/** Files that may be or carry a ComfyUI workflow; private (`_`) and hidden files are never published, so never read. */
const CANDIDATES = ['**/*.{json,png,webp}', '!**/_*', '!**/_*/**', '!**/node_modules/**'];

/** Every candidate file of the notes folder (its path inside the folder, `/`-separated) and what it is as a workflow. */
export type WorkflowIndex = ReadonlyMap<string, WorkflowRead>;

/** Reads every JSON file of the notes folder, and the text chunks of every image (not its pixels), once. */
export async function findWorkflows(notesDir: string): Promise<WorkflowIndex> {
  const paths = globSync(CANDIDATES, { cwd: notesDir, dot: false }).sort();
  const index = new Map<string, WorkflowRead>();
  for (const path of paths) index.set(path, await readWorkflowFile(notesDir, path));
  return index;
}

/** The paths of the files that are workflows: a note's link to one leads to its page. */
export const workflowPaths = (index: WorkflowIndex): Set<string> =>
  new Set([...index].flatMap(([path, read]) => ('workflow' in read ? [path] : [])));
