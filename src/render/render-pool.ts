import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { messageOf, NoteError } from '../util/note-error.ts';
import type { NoteRenderer } from './note-renderer.ts';
import { renderJob, type RenderJob, type RenderResult } from './render-job.ts';
import { toThreadLinks } from './thread-links.ts';

// Not `new URL(…, import.meta.url)`: Vite would take that for an asset to publish.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');

/**
 * Less text than this renders on the main thread: starting threads (each loads the pipeline) costs more. A repository
 * like the owner's (about 470 KB) renders in two thirds of the time here; 1,000 generated notes (2.5 MB) on threads.
 */
const SMALL_BATCH = 1024 * 1024;

export interface RenderPoolOptions {
  /** At most this many threads (default: one per core, at most four). */
  maxThreads?: number;
  /** A batch with less text renders on the main thread. */
  smallBatch?: number;
  /** A batch that would get fewer threads renders on the main thread (default 2). */
  minThreads?: number;
}

/**
 * Renders batches of Markdown notes: a large one on worker threads (tinypool, one per core, at most
 * four), a small one (a few notes, a note saved in `npm run dev`) on the main thread. One thread alone
 * renders no sooner than the main thread, which only waits for it meanwhile, so a batch goes to
 * threads only where two or more share it. A batch's threads end with it, so a build's pages have
 * their memory.
 */
export class RenderPool {
  readonly #maxThreads: number;
  readonly #smallBatch: number;
  readonly #minThreads: number;
  /** The main thread's renderer, kept while the link options stay the same. */
  #here: { key: string; renderer: Promise<NoteRenderer> } | undefined;

  constructor({ maxThreads = Math.min(availableParallelism(), 4), smallBatch = SMALL_BATCH, minThreads = 2 }: RenderPoolOptions = {}) {
    this.#maxThreads = Math.max(1, maxThreads);
    this.#smallBatch = smallBatch;
    this.#minThreads = minThreads;
  }

  /**
   * Each note's page and checks, in order; a note that cannot render rejects with a NoteError,
   * and the rest go on. `threads` is how many threads the batch renders on (0: the main thread).
   */
  render(jobs: RenderJob[], links: NoteLinksOptions): { results: Promise<RenderResult>[]; threads: number; done: Promise<void> } {
    const text = jobs.reduce((sum, job) => sum + job.body.length, 0);
    const threads = Math.min(this.#maxThreads, jobs.length);
    if (threads < Math.max(1, this.#minThreads) || text < this.#smallBatch) {
      const results = this.#renderHere(jobs, links);
      return { results, threads: 0, done: Promise.allSettled(results).then(() => {}) };
    }
    const pool = new Tinypool({
      filename: WORKER,
      minThreads: threads,
      maxThreads: threads,
      workerData: toThreadLinks(links),
      // Not the parent's flags: `node -e` or `--input-type` (a build started from a script) would stop the thread.
      execArgv: [],
      // The young generation the main thread has (.npmrc): with a thread's smaller default, rendering collects garbage far more often.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    const results = jobs.map((job) =>
      (pool.run(job) as Promise<RenderResult>).catch((error: unknown) => {
        throw new NoteError(messageOf(error));
      }),
    );
    return { results, threads, done: Promise.allSettled(results).then(() => pool.destroy()) };
  }

  /** One note after another on the main thread, failing as on a thread: with the renderer's message. */
  #renderHere(jobs: RenderJob[], links: NoteLinksOptions): Promise<RenderResult>[] {
    if (jobs.length === 0) return [];
    const key = JSON.stringify(toThreadLinks(links));
    if (this.#here?.key !== key) {
      // Loaded only now: a build whose notes are cached or render on threads never loads the pipeline here.
      const renderer = import('./note-renderer.ts').then(({ createNoteRenderer }) => createNoteRenderer(links));
      this.#here = { key, renderer };
    }
    const { renderer } = this.#here;
    let previous: Promise<unknown> = Promise.resolve();
    return jobs.map((job) => {
      const result = previous
        .then(async () => renderJob(await renderer, job))
        .catch((error: unknown) => Promise.reject(new NoteError(messageOf(error))));
      previous = result.catch(() => {});
      return result;
    });
  }
}
