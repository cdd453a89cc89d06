import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { WorkflowIndex } from './find-workflows.ts';
import type { WorkflowReading } from './read-workflow.ts';

/** A workflow as the pages get it: what the reader made of it, unchanged (the reader checked every field). */
export const workflowSchema = z.custom<WorkflowReading>((value) => typeof value === 'object' && value !== null);

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
      for (const [id, read] of index) if ('workflow' in read) store.set({ id, data: read.workflow as unknown as Record<string, unknown> });
    },
  };
}
