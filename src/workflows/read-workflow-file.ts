import { readFile, stat } from 'node:fs/promises';
import { embeddedTextsOfFile } from './embedded-workflow.ts';
import { isJsonPath, readWorkflowJson, readWorkflowOfImage, type WorkflowRead } from './read-workflow.ts';

/** A file larger than this is published as it is and not read: no workflow is that big, and reading it would hold the build. */
export const WORKFLOW_BYTES_MAX = 64 * 1024 * 1024;

/** What the file `path` of the notes folder `notesDir` is as a workflow: a JSON file's text, an image's text chunks (not its pixels). */
export async function readWorkflowFile(notesDir: string, path: string): Promise<WorkflowRead> {
  const file = `${notesDir}/${path}`;
  if (!isJsonPath(path)) return readWorkflowOfImage(embeddedTextsOfFile(file));
  const { size } = await stat(file);
  return size > WORKFLOW_BYTES_MAX
    ? { notWorkflow: `the file is ${Math.round(size / 2 ** 20)} MB, more than a workflow page reads` }
    : readWorkflowJson(await readFile(file, 'utf8'));
}
