import { defineCollection } from 'astro:content';
import { notesLoader } from './render/notes-loader.ts';
import { noteSchema } from './notes/schema.ts';
import { settings } from './site.ts';
import { buildContextFor } from './build/build-context.ts';

const notes = defineCollection({ loader: notesLoader(buildContextFor(settings)), schema: noteSchema });

export const collections = { notes };
