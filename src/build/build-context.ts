import type { NoteLinksOptions } from '../notes/link-options.ts';
import type { NoteReport } from '../notes/note-reports.ts';
import type { SiteSettings } from '../site.ts';

export type ContextSettings = Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>;

/**
 * What the content loader, the MDX pipeline and the integrations share during one build (or one
 * `npm run dev`): the notes there are, and what the render learned of each note.
 */
export class BuildContext {
  readonly settings: ContextSettings;
  /** The notes there are now: set by the loader on every load (and in `npm run dev` when a note is added or removed). */
  #noteIds: ReadonlySet<string> = new Set();
  /** Each note's report by id: the loader fills it, the checks after the build read it, so nothing parses a note again. */
  readonly reports = new Map<string, NoteReport>();

  constructor(settings: ContextSettings) {
    this.settings = settings;
  }

  get noteIds(): ReadonlySet<string> {
    return this.#noteIds;
  }

  setNoteIds(ids: Iterable<string>): void {
    this.#noteIds = new Set(ids);
  }

  /** How links resolve now; the MDX pipeline asks for each note it compiles, so a note just added is linkable. */
  linkOptions(): NoteLinksOptions {
    const { notesDir, base, sourceRepo } = this.settings;
    return { notesDir, noteIds: this.#noteIds, base, ...(sourceRepo ? { sourceRepo } : {}) };
  }
}

const CONTEXTS = Symbol.for('lora-notes.build-contexts');

/**
 * The build context for a notes folder. Astro loads astro.config.mjs (with the integrations and the MDX
 * pipeline) and src/content.config.ts (with the loader) as separate module graphs, each with its own copy
 * of this module, so the one context per folder lives on the global object: this is the only process
 * global the site keeps, and only astro.config.mjs and src/content.config.ts call this.
 */
export function buildContextFor(settings: ContextSettings): BuildContext {
  const global = globalThis as { [CONTEXTS]?: Map<string, BuildContext> };
  const contexts = (global[CONTEXTS] ??= new Map());
  let context = contexts.get(settings.notesDir);
  if (!context) contexts.set(settings.notesDir, (context = new BuildContext(settings)));
  return context;
}
