import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NoteReport } from '../notes/note-reports.ts';

/**
 * Where a build keeps the links of its notes for checks that run later in another
 * process (`npm run links`): in the project's `.cache/`, outside the published site,
 * one file per output folder.
 */
function manifestPath(projectRoot: string, distDir: string): string {
  const key = createHash('sha256').update(resolve(distDir)).digest('hex').slice(0, 16);
  return join(projectRoot, '.cache/note-links', `${key}.json`);
}

export function writeLinkManifest(projectRoot: string, distDir: string, notes: ReadonlyMap<string, NoteReport>): void {
  const path = manifestPath(projectRoot, distDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ notes: [...notes] }));
}

/** The links the last build into `distDir` recorded, by note id; undefined when that build left none. */
export function readLinkManifest(projectRoot: string, distDir: string): Map<string, NoteReport> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(projectRoot, distDir), 'utf8')) as { notes: [string, NoteReport][] };
    return new Map(manifest.notes);
  } catch {
    return undefined;
  }
}
