import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { messageOf, NoteError } from '../notes/note-error.ts';
import { sharedPerFolder } from '../notes/shared-per-folder.ts';
import type { createNoteRenderer } from './note-renderer.ts';
import { renderJob, type RenderJob, type RenderResult } from './render-job.ts';
import type { WorkerReply, WorkerRequest } from './render-worker.ts';

export type { RenderJob, RenderResult } from './render-job.ts';

type LinkSettings = Extract<WorkerRequest, { kind: 'links' }>['options'];

interface Queued {
  job: RenderJob;
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job?: Queued;
}

/** A note rendered ahead serves the loader for the same text, link options (the digest) and kept files. */
const aheadKey = (job: RenderJob): string => `${job.id}\0${job.digest}\0${job.kept?.html ?? ''}`;

// Not `new URL(…, import.meta.url)`: Vite would take that for an asset to publish.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');

/**
 * Renders Markdown notes on worker threads, one per core (at most four), so a build
 * renders on every core while Astro's own work keeps the main thread; a small batch (a
 * few notes, a note saved in `npm run dev`) renders on the main thread instead. Threads
 * start when there is a note to render and do not keep the process alive when idle.
 */
export class RenderPool {
  /** How many threads it renders on, at most. */
  readonly #size: number;
  #threadsUsed = 0;
  #takenAhead = 0;
  readonly #threads: Thread[] = [];
  readonly #queue: Queued[] = [];
  #links: LinkSettings | undefined;
  #linksKey = '';
  /**
   * The renderer for small batches on the main thread, made with the current link options when
   * first needed, and only then loaded: a build whose notes render on threads (or are cached)
   * spares the main thread, busy starting Astro meanwhile, compiling the pipeline.
   */
  #here: Promise<ReturnType<typeof createNoteRenderer>> | undefined;
  /** Notes rendered ahead of the loader, by `aheadKey`. */
  readonly #ahead = new Map<string, Promise<RenderResult>>();
  /** Less text than this renders on the main thread: starting a thread (loading the pipeline) costs more. */
  readonly #smallBatch: number;

  constructor(size = Math.min(availableParallelism(), 4), smallBatch = 64 * 1024) {
    this.#size = Math.max(1, size);
    this.#smallBatch = smallBatch;
  }

  /** The most threads it has had since it was last closed: 0 when every note rendered on the main thread. */
  get threadsUsed(): number {
    return this.#threadsUsed;
  }

  /** How many notes `renderAll` took rendered ahead since the pool was last closed. */
  get takenAhead(): number {
    return this.#takenAhead;
  }

  /** The link options notes render with from now on (sent to the threads only when they change). */
  setLinks(options: NoteLinksOptions): void {
    const links: LinkSettings = {
      notesDir: options.notesDir,
      noteIds: [...options.noteIds],
      ...(options.base === undefined ? {} : { base: options.base }),
      ...(options.sourceRepo === undefined ? {} : { sourceRepo: options.sourceRepo }),
    };
    const key = JSON.stringify(links);
    if (key === this.#linksKey) return;
    this.#links = links;
    this.#linksKey = key;
    this.#here = undefined;
    for (const { worker } of this.#threads) worker.postMessage({ kind: 'links', options: links } satisfies WorkerRequest);
  }

  /**
   * Starts rendering notes the loader will ask for; each result (or error) waits for `renderAll`.
   * A note already rendering ahead is not rendered again.
   */
  renderAhead(jobs: RenderJob[]): Promise<RenderResult>[] {
    const fresh = jobs.filter((job) => !this.#ahead.has(aheadKey(job)));
    this.#submit(fresh).forEach((result, index) => {
      result.catch(() => {}); // Reported when the loader takes it.
      this.#ahead.set(aheadKey(fresh[index]!), result);
    });
    return jobs.map((job) => this.#ahead.get(aheadKey(job))!);
  }

  /** Each note's page and checks, in order: rendered ahead when the same note was (`aheadKey`), else now. */
  renderAll(jobs: RenderJob[]): Promise<RenderResult>[] {
    const results: (Promise<RenderResult> | undefined)[] = jobs.map((job) => {
      const key = aheadKey(job);
      const ahead = this.#ahead.get(key);
      this.#ahead.delete(key);
      if (ahead) this.#takenAhead += 1;
      return ahead;
    });
    const rest = this.#submit(jobs.filter((_, index) => !results[index]));
    return results.map((result) => result ?? rest.shift()!);
  }

  /** Drops what was rendered ahead and not asked for (a note changed or went in between). */
  forgetAhead(): void {
    this.#ahead.clear();
  }

  /** Ends the threads (a build needs none after loading); the next note to render starts them again. */
  async close(): Promise<void> {
    this.#threadsUsed = 0;
    this.#takenAhead = 0;
    const threads = this.#threads.splice(0);
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  }

  /** A batch goes to the threads, unless it is small and none is running: then it renders here, one note after another. */
  #submit(jobs: RenderJob[]): Promise<RenderResult>[] {
    // Nothing to render (every note cached): nothing to load either.
    if (jobs.length === 0) return [];
    const text = jobs.reduce((sum, job) => sum + job.body.length, 0);
    if (this.#threads.length === 0 && text < this.#smallBatch) {
      const render = (this.#here ??= this.#loadRenderer());
      let previous: Promise<unknown> = Promise.resolve();
      return jobs.map((job) => {
        // Failing as on a thread: with the renderer's message, as a NoteError.
        const result = previous
          .then(async () => renderJob(await render, job))
          .catch((error: unknown) => Promise.reject(new NoteError(messageOf(error))));
        previous = result.catch(() => {});
        return result;
      });
    }
    return jobs.map(
      (job) =>
        new Promise<RenderResult>((resolve, reject) => {
          this.#queue.push({ job, resolve, reject });
          this.#next();
        }),
    );
  }

  #loadRenderer(): Promise<ReturnType<typeof createNoteRenderer>> {
    const links = { ...this.#links!, noteIds: new Set(this.#links!.noteIds) };
    return import('./note-renderer.ts').then(({ createNoteRenderer }) => createNoteRenderer(links));
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const thread = this.#threads.find((candidate) => !candidate.job) ?? this.#spawn();
      if (!thread) return;
      const queued = this.#queue.shift()!;
      thread.job = queued;
      thread.worker.ref();
      thread.worker.postMessage({ kind: 'render', job: queued.job } satisfies WorkerRequest);
    }
  }

  #spawn(): Thread | undefined {
    if (this.#threads.length >= this.#size) return undefined;
    const worker = new Worker(WORKER, {
      // Not the parent's flags: `node -e` or `--input-type` (a build started from a script) would stop the thread.
      execArgv: [],
      // The young generation the main thread has (.npmrc: 32 MB semi-spaces, three to a generation); a
      // thread's default is smaller, and rendering 1,000 notes then takes a fifth longer.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    const thread: Thread = { worker };
    worker.postMessage({ kind: 'links', options: this.#links! } satisfies WorkerRequest);
    worker.on('message', (reply: WorkerReply) => {
      const job = thread.job!;
      thread.job = undefined;
      worker.unref();
      if ('error' in reply) job.reject(new NoteError(reply.error));
      else job.resolve(reply.result);
      this.#next();
    });
    // A thread that dies (out of memory, a crash) fails its note, not the whole pool.
    const fail = (error: Error) => {
      this.#threads.splice(this.#threads.indexOf(thread), 1);
      thread.job?.reject(new NoteError(`${thread.job.job.file}: rendering stopped: ${error.message}`));
      thread.job = undefined;
      this.#next();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.#threads.includes(thread)) fail(new Error(`the render thread exited with code ${code}`));
    });
    this.#threads.push(thread);
    this.#threadsUsed = Math.max(this.#threadsUsed, this.#threads.length);
    return thread;
  }
}

/** The one pool of the process for a notes folder, shared by rendering ahead and the loader. */
export const renderPoolOf = (notesDir: string): RenderPool => sharedPerFolder('render-pool', notesDir, () => new RenderPool());
