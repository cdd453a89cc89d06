import { readFile, stat } from 'node:fs/promises';
import { globSync } from 'tinyglobby';
import { embeddedTextsOfFile } from './embedded-workflow.ts';
import { isJsonPath, readWorkflowJson, readWorkflowOfImage, type WorkflowRead } from './read-workflow.ts';

/** Files that may be or carry a ComfyUI workflow; private (`_`) and hidden files are never published, so never read. */
const CANDIDATES = ['**/*.{json,png,webp}', '!**/_*', '!**/_*/**', '!**/node_modules/**'];
/** A file larger than this is published as it is and not read: no workflow is that big, and reading it would hold the build. */
export const WORKFLOW_BYTES_MAX = 64 * 1024 * 1024;

/** Every candidate file of the notes folder (its path inside the folder, `/`-separated) and what it is as a workflow. */
export type WorkflowIndex = ReadonlyMap<string, WorkflowRead>;

/** Reads every JSON file of the notes folder, and the text chunks of every image (not its pixels), once. */
export async function findWorkflows(notesDir: string): Promise<WorkflowIndex> {
  const paths = globSync(CANDIDATES, { cwd: notesDir, dot: false }).sort();
  const index = new Map<string, WorkflowRead>();
  for (const path of paths) {
    const file = `${notesDir}/${path}`;
    if (!isJsonPath(path)) {
      index.set(path, readWorkflowOfImage(embeddedTextsOfFile(file)));
      continue;
    }
    const { size } = await stat(file);
    index.set(
      path,
      size > WORKFLOW_BYTES_MAX
        ? { notWorkflow: `the file is ${Math.round(size / 2 ** 20)} MB, more than a workflow page reads` }
        : readWorkflowJson(await readFile(file, 'utf8')),
    );
  }
  return index;
}

/** The paths of the files that are workflows: a note's link to one leads to its page. */
export const workflowPaths = (index: WorkflowIndex): Set<string> =>
  new Set([...index].flatMap(([path, read]) => ('workflow' in read ? [path] : [])));
