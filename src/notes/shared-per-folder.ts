const SHARED = Symbol.for('lora-notes.shared-per-folder');

/**
 * One value per name and folder (the notes folder, a cache folder) for the whole process. Astro loads astro.config.mjs
 * (and the integrations and MDX pipeline it configures) and the content loader as
 * separate module graphs, each with its own copy of every module: what they share
 * must live on the global object.
 */
export function sharedPerFolder<T>(name: string, folder: string, create: () => T): T {
  const global = globalThis as { [SHARED]?: Map<string, unknown> };
  const all = (global[SHARED] ??= new Map());
  const key = `${name}\0${folder}`;
  if (!all.has(key)) all.set(key, create());
  return all.get(key) as T;
}
