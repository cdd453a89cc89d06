import { defineCollection } from 'astro:content';
import { notesLoader } from './render/notes-loader.ts';
import { noteSchema } from './notes/schema.ts';
import { settings } from './site.ts';
import { buildContextFor } from './build/build-context.ts';
import { workflowSchema, workflowsLoader } from './workflows/workflows-loader.ts';

const context = buildContextFor(settings);
const notes = defineCollection({ loader: notesLoader(context), schema: noteSchema });
const workflows = defineCollection({ loader: workflowsLoader(() => context.workflows()), schema: workflowSchema });

export const collections = { notes, workflows };
