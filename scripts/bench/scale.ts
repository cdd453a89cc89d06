import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkInternalLinks } from '../../src/links/check-internal-links.ts';
import { readLinkManifest } from '../../src/links/link-manifest.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { generateNotes } from '../generate-notes.ts';
import { measureBuild } from './measure-build.ts';
import { measureSearch, median } from './search-cost.ts';

export interface ScaleResult {
  notes: number;
  buildMs: number;
  peakMb: number;
  pages: number;
  links: number;
  checkMs: number;
  indexBytes: number;
  searchGzip: number;
  /** Gzip bytes of the HTML of the middle note's page: bounded however many notes there are. */
  notePageGzip: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Generates `count` notes, builds them, and measures the build, the internal link check, the index and one search. */
export async function measureScale(root: string, browser: Browser, count: number): Promise<ScaleResult> {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  const notesDir = join(work, 'notes');
  const out = join(work, 'dist');
  generateNotes(count, notesDir);
  const build = measureBuild(root, { NOTES_DIR: notesDir, OUT_DIR: out });
  const notes = readLinkManifest(root, out);
  if (!notes) throw new Error(`The build of ${count} notes left no record of their links.`);
  const options = { distDir: out, base: '/', notes };
  const times: number[] = [];
  let result = checkInternalLinks(options);
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    result = checkInternalLinks(options);
    times.push(performance.now() - start);
  }
  const indexBytes = folderBytes(join(out, 'pagefind/index')) + folderBytes(join(out, 'pagefind/fragment'));
  const middle = `note-${String(Math.floor(count / 2)).padStart(5, '0')}`;
  const notePageGzip = gzipSync(readFileSync(join(out, middle, 'index.html'))).length;
  const server = await serveStatic(out);
  const search = await measureSearch(browser, `${server.url}note-00000/`, 'schedulers', []);
  await server.close();
  rmSync(work, { recursive: true, force: true });
  return {
    notes: count,
    buildMs: build.ms,
    peakMb: build.peakMb,
    pages: result.pages,
    links: result.links,
    checkMs: median(times),
    indexBytes,
    searchGzip: search.gzip,
    notePageGzip,
  };
}
