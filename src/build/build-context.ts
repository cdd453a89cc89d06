import type { RefreshContentOptions } from 'astro';
import type { Loader } from 'astro/loaders';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import type { NoteReport } from '../notes/note-reports.ts';
import type { SiteSettings } from '../site.ts';
import { findWorkflows, workflowPaths, type WorkflowIndex } from '../workflows/find-workflows.ts';

export type ContextSettings = Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>;

/**
 * What the content loader, the MDX pipeline and the integrations share during one build (or one
 * `npm run dev`): the notes there are, and what the render learned of each note.
 */
export class BuildContext {
  readonly settings: ContextSettings;
  /** The notes there are now: set by the loader on every load (and in `npm run dev` when a note is added or removed). */
  #noteIds: ReadonlySet<string> = new Set();
  #noteIdsListeners: (() => void)[] = [];
  /** Each note's report by id: the loader fills it, the checks after the build read it, so nothing parses a note again. */
  readonly reports = new Map<string, NoteReport>();
  /** The notes folder's workflows, read once: the notes' links, the workflows' pages and the warnings need them. */
  #workflows: Promise<WorkflowIndex> | undefined;
  #workflowPaths: ReadonlySet<string> = new Set();
  /**
   * In `npm run dev`, Astro's `refreshContent` (set by src/integrations/dev-refresh-content.ts), by which the loader
   * loads a saved note again: Astro's sync writes its store at once, where a load of the loader's own would wait for
   * the store's half-second debounce before the page could see the edit.
   */
  refreshContent: ((options: RefreshContentOptions) => Promise<void>) | undefined;
  /** The notes loader (src/render/notes-loader.ts), made once for the context. */
  notesLoader: Loader | undefined;

  constructor(settings: ContextSettings) {
    this.settings = settings;
  }

  get noteIds(): ReadonlySet<string> {
    return this.#noteIds;
  }

  setNoteIds(ids: Iterable<string>): void {
    const before = this.#noteIds;
    this.#noteIds = new Set(ids);
    if (before.size !== this.#noteIds.size || [...before].some((id) => !this.#noteIds.has(id)))
      for (const listener of this.#noteIdsListeners) listener();
  }

  /** Called when the set of notes changes (a note added, renamed or removed in `npm run dev`). */
  onNoteIdsChange(listener: () => void): void {
    this.#noteIdsListeners.push(listener);
  }

  /**
   * The notes folder's JSON files and images as workflows, read on the first call of a build (or of `npm run dev`,
   * which reads a changed workflow when it restarts). Links resolve to the workflows' pages once it is read.
   */
  workflows(): Promise<WorkflowIndex> {
    return (this.#workflows ??= findWorkflows(this.settings.notesDir).then((index) => {
      this.#workflowPaths = workflowPaths(index);
      return index;
    }));
  }

  /** How links resolve now; the MDX pipeline asks for each note it compiles, so a note just added is linkable. */
  linkOptions(): NoteLinksOptions {
    const { notesDir, base, sourceRepo } = this.settings;
    return { notesDir, noteIds: this.#noteIds, base, workflows: this.#workflowPaths, ...(sourceRepo ? { sourceRepo } : {}) };
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
