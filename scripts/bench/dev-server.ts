/**
 * `npm run dev` on the owner-shaped repository, after the build the bench just made with the same cache: how
 * long until the first page is served, how many notes that start rendered, and how long a saved edit takes to
 * reach the page (the page asked for every 20 ms until it has the edit).
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBin } from './measure-build.ts';

export interface DevServer {
  /** From starting `astro dev` to the first page's answer. */
  firstPageMs: number;
  /** Notes the start rendered, as its log says. */
  rendered: number;
  /** From saving an edit to the page having it, each of three edits. */
  editMs: number[];
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const page = (url: string) => fetch(url).then((response) => (response.ok ? response.text() : ''), () => '');

/** Starts the dev server over `env`'s notes and measures it on `note` (a path in the notes folder) and its `pagePath`. */
export async function measureDevServer(projectRoot: string, env: Record<string, string>, note: string, pagePath: string): Promise<DevServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin(projectRoot), 'dev', '--port', '0'], { cwd: projectRoot, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    let base: string | undefined;
    while (!(base = /Local\s+(http:\/\/\S+)/.exec(output)?.[1])) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
      await pause(20);
    }
    const url = new URL(pagePath, base).href;
    while (!(await page(url))) await pause(20);
    const firstPageMs = performance.now() - started;
    const rendered = Number(/notes in [\d.]+ s: (\d+) rendered/.exec(output)?.[1] ?? Number.NaN);
    const editMs: number[] = [];
    for (let edit = 0; edit < 3; edit += 1) {
      await pause(1500);
      const marker = `edit-${edit}-${Date.now()}`;
      const saved = performance.now();
      appendFileSync(join(env.NOTES_DIR!, note), `\n${marker}\n`);
      while (!(await page(url)).includes(marker)) await pause(20);
      editMs.push(performance.now() - saved);
    }
    return { firstPageMs, rendered, editMs };
  } finally {
    child.kill();
  }
}
