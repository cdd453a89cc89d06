import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FolderFacts } from '../notes/folder-facts.ts';
import type { NoteChecks } from '../notes/note-reports.ts';

/** What a rendering left for the next build besides the store: its checks, and what it asked of the notes folder. */
export interface CachedChecks extends NoteChecks {
  folderFacts: FolderFacts;
}

/**
 * Each note's links and warnings, and what its render asked of the notes folder, kept beside
 * Astro's content cache rather than in it: Astro bundles its content store into the build, where
 * tens of thousands of link records would cost memory and time although no page reads them.
 * Keyed by the same digest as the note's cache entry, so both go stale together.
 */
export class ChecksCache {
  private changed = false;
  private readonly path: string;
  private readonly entries: Map<string, { digest: string } & CachedChecks>;

  private constructor(path: string, entries: Map<string, { digest: string } & CachedChecks>) {
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

  get(id: string, digest: string): CachedChecks | undefined {
    const entry = this.entries.get(id);
    return entry?.digest === digest && entry.folderFacts
      ? { links: entry.links, warnings: entry.warnings, folderFacts: entry.folderFacts }
      : undefined;
  }

  set(id: string, digest: string, cached: CachedChecks): void {
    this.entries.set(id, { digest, links: cached.links, warnings: cached.warnings, folderFacts: cached.folderFacts });
    this.changed = true;
  }

  /** The notes it keeps checks of. */
  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** The digests of the renderings it keeps checks of: their kept files are the ones to keep. */
  digests(): Set<string> {
    return new Set([...this.entries.values()].map((entry) => entry.digest));
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
