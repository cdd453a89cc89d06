import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { WorkflowIndex } from './find-workflows.ts';
import type { WorkflowReading } from './read-workflow.ts';

/**
 * A workflow as the store keeps it: what the reader made of it (the reader checked every field), less the
 * pictures of its graphs, which the pages read from the file. Astro bundles the store into the build, and the
 * pictures (every node with its widgets) were nine tenths of it: 11 MB for 88 workflows, 2.4 s of a build.
 */
export type StoredWorkflow = Omit<WorkflowReading, 'pictures'>;

/** The reading as the store keeps it. */
function storedWorkflow(reading: WorkflowReading): StoredWorkflow {
  const stored: Partial<WorkflowReading> = { ...reading };
  delete stored.pictures;
  return stored as StoredWorkflow;
}

export const workflowSchema = z.custom<StoredWorkflow>((value) => typeof value === 'object' && value !== null);

/**
 * The workflows collection: one entry per file of the notes folder that is a workflow, by its path. The
 * build context reads them once; the notes' links were resolved against the same reading.
 */
export function workflowsLoader(workflows: () => Promise<WorkflowIndex>): Loader {
  return {
    name: 'lora-notes-workflows',
    async load({ store }) {
      const index = await workflows();
      store.clear();
      for (const [id, read] of index) {
        if (!('workflow' in read)) continue;
        store.set({ id, data: storedWorkflow(read.workflow) as unknown as Record<string, unknown> });
      }
    },
  };
}
