import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NoteChecks } from '../notes/note-reports.ts';

/**
 * Each note's links and warnings, kept beside Astro's content cache rather than in
 * it: Astro bundles its content store into the build, where tens of thousands of link
 * records would cost memory and time although no page reads them. Keyed by the same
 * digest as the note's cache entry, so both go stale together.
 */
export class ChecksCache {
  private changed = false;
  private readonly path: string;
  private readonly entries: Map<string, { digest: string } & NoteChecks>;

  private constructor(path: string, entries: Map<string, { digest: string } & NoteChecks>) {
    this.path = path;
    this.entries = entries;
  }

  /** The cache in our part of Astro's cache folder, or an empty one. */
  static async open(cacheDir: string): Promise<ChecksCache> {
    const path = join(cacheDir, 'note-checks.json');
    try {
      return new ChecksCache(path, new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')))));
    } catch {
      return new ChecksCache(path, new Map()); // None yet, or unreadable: the notes render again.
    }
  }

  get(id: string, digest: string): NoteChecks | undefined {
    const entry = this.entries.get(id);
    return entry?.digest === digest ? { links: entry.links, warnings: entry.warnings } : undefined;
  }

  set(id: string, digest: string, report: NoteChecks): void {
    this.entries.set(id, { digest, links: report.links, warnings: report.warnings });
    this.changed = true;
  }

  delete(id: string): void {
    this.changed = this.entries.delete(id) || this.changed;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, JSON.stringify(Object.fromEntries(this.entries)));
    this.changed = false;
  }
}
