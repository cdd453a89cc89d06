import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NoteLinks } from '../notes/note-links.ts';

/**
 * Where a build keeps the links of its notes for checks that run later in another
 * process (`npm run links`): outside the published site, one file per output folder.
 */
function manifestPath(distDir: string): string {
  const key = createHash('sha256').update(resolve(distDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), '.cache/note-links', `${key}.json`);
}

export function writeLinkManifest(distDir: string, notes: ReadonlyMap<string, NoteLinks>): void {
  const path = manifestPath(distDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ distDir: resolve(distDir), notes: [...notes] }));
}

/** The links the last build into `distDir` recorded, by note id; undefined when that build left none. */
export function readLinkManifest(distDir: string): Map<string, NoteLinks> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(distDir), 'utf8')) as { notes: [string, NoteLinks][] };
    return new Map(manifest.notes);
  } catch {
    return undefined;
  }
}
