import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Our part of Astro's cache folder (`node_modules/.astro`, or `CACHE_DIR`), cleared with it. */
export const notesCacheDir = (astroCacheDir: string): string => join(astroCacheDir, 'lora-notes');

/**
 * Where renderings keep what is too large to carry through Astro's store (which Astro bundles into
 * the build, where it costs memory and seconds for every page), and everything a store entry is
 * made of, so an entry is made again without rendering when Astro clears its store (it does when
 * its config changes, and the config names the project's folder).
 */
export const keptDirIn = (cacheDir: string): string => join(cacheDir, 'kept');

/** What one rendering keeps, each file named by the rendering's digest. */
export interface KeptFiles {
  /** The page HTML of a Markdown note (an MDX note's page is compiled by Astro). */
  html: string;
  /** What the store entry's `rendered.metadata` holds (src/render/stored-note.ts). */
  metadata: string;
  /** The links to models. */
  modelLinks: string;
  /** The notes it links, by section. */
  linksOut: string;
}

/** The kept files of the rendering `digest` names, in the kept folder of `cacheDir`. */
export const keptFilesFor = (cacheDir: string, digest: string): KeptFiles => ({
  html: join(keptDirIn(cacheDir), `${digest}.html`),
  metadata: join(keptDirIn(cacheDir), `${digest}.metadata.json`),
  modelLinks: join(keptDirIn(cacheDir), `${digest}.models.json`),
  linksOut: join(keptDirIn(cacheDir), `${digest}.links-out.json`),
});

/** The digest a kept file's name starts with (digests have no dots). */
export const digestOfKeptFile = (name: string): string => name.slice(0, name.indexOf('.'));

/** Whether every file a rendering keeps is still there (an MDX note keeps no HTML). */
export function keptFilesExist(kept: KeptFiles, mdx: boolean): boolean {
  return [kept.metadata, kept.modelLinks, kept.linksOut, ...(mdx ? [] : [kept.html])].every((path) => existsSync(path));
}
