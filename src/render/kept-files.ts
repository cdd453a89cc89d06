import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Our part of Astro's cache folder (`node_modules/.astro`), cleared with it. */
export const notesCacheDir = (astroCacheDir: URL): string => join(fileURLToPath(astroCacheDir), 'lora-notes');

/**
 * Where renderings keep, beside Astro's store, what is too large to carry through it: Astro
 * bundles its store into the build, where it costs memory and seconds for every page.
 */
export const keptDirIn = (cacheDir: string): string => join(cacheDir, 'kept');

/** What one rendering keeps beside the store. */
export interface KeptFiles {
  /** The page HTML (read by src/notes/note-body.ts). */
  html: string;
  /** The links to models (read by src/models/get-model-index.ts). */
  modelLinks: string;
  /** The notes it links, by section (read by src/links/get-backlinks.ts). */
  linksOut: string;
}

export const keptFilesFor = (cacheDir: string, digest: string): KeptFiles => ({
  html: join(keptDirIn(cacheDir), `${digest}.html`),
  modelLinks: join(keptDirIn(cacheDir), `${digest}.models.json`),
  linksOut: join(keptDirIn(cacheDir), `${digest}.links-out.json`),
});
