import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LinkResult } from './check-url.ts';

interface CacheFile {
  version: 1;
  entries: Record<string, { checkedAt: number; result: LinkResult }>;
}

/**
 * Results of earlier runs, so a re-run within the time-to-live asks no host again.
 * Only links that worked are kept: a failure is always checked afresh.
 */
export class LinkCache {
  private readonly entries: CacheFile['entries'];
  private readonly path: string;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(path: string, maxAgeMs: number, now: () => number = Date.now) {
    this.path = path;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
    this.entries = LinkCache.read(path);
  }

  private static read(path: string): CacheFile['entries'] {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      return file.version === 1 && file.entries ? file.entries : {};
    } catch {
      // No cache yet, or one from another version: start empty.
      return {};
    }
  }

  get(url: string): LinkResult | undefined {
    const entry = this.entries[url];
    return entry && this.now() - entry.checkedAt < this.maxAgeMs ? entry.result : undefined;
  }

  set(url: string, result: LinkResult): void {
    if (result.status === 'ok' || result.status === 'redirected') this.entries[url] = { checkedAt: this.now(), result };
  }

  /** Written to a temporary file and renamed, so an interrupted run never leaves half a cache. */
  save(): void {
    const fresh = Object.fromEntries(Object.entries(this.entries).filter(([, entry]) => this.now() - entry.checkedAt < this.maxAgeMs));
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, entries: fresh } satisfies CacheFile)}\n`);
    renameSync(temporary, this.path);
  }
}
