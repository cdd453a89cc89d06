import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `from '…'`, `import '…'` and `import('…')`: every module a source file names. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** `unified`, `@astrojs/mdx/utils` → `@astrojs/mdx`; Node's own modules are none. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('astro:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The folder a package resolves to from `fromDir`, as Node looks for it: `node_modules` here, then in each folder above. */
function packageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Every package `names` reach through their dependencies, as `name@version`, sorted. */
function installedVersions(names: Iterable<string>, fromDir: string): string[] {
  const seen = new Map<string, string>();
  const queue = [...names].map((name) => ({ name, fromDir }));
  for (let next = queue.pop(); next; next = queue.pop()) {
    const dir = packageDir(next.name, next.fromDir);
    if (!dir || seen.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string; dependencies?: object };
    seen.set(dir, `${next.name}@${manifest.version ?? '?'}`);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dependency, fromDir: dir });
  }
  return [...new Set(seen.values())].sort();
}

/** The code a note's rendering comes from: its source files (absolute paths, sorted) and the packages installed for it (`name@version`). */
export interface RendererSources {
  files: string[];
  packages: string[];
}

/**
 * The source of every module the entry files reach, followed through relative imports, and the
 * installed version of every package they import, with those packages' own dependencies.
 */
export function rendererSources(entries: string[]): RendererSources {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (packageName(specifier)) packages.add(packageName(specifier)!);
    }
  }
  return { files: [...seen].sort(), packages: installedVersions(packages, dirname(resolve(entries[0] ?? '.'))) };
}

/**
 * Names the code a note's rendering comes from (see `rendererSources`): a change to a plugin, the
 * loader or an upgraded unified package gives another name, and every cached note renders again;
 * nobody has to remember to bump a number. The same checkout in another folder has the same name.
 */
export function rendererVersion(entries: string[]): string {
  const { files, packages } = rendererSources(entries);
  const root = dirname(resolve(entries[0] ?? '.'));
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  for (const version of packages) hash.update(`${version}\0`);
  return hash.digest('base64url').slice(0, 16);
}

/** The loader and the render thread (which the pool loads by its path): where a note's rendering starts. */
export const RENDERER_ENTRIES = ((here: string) => [join(here, 'notes-loader.ts'), join(here, 'render-worker.ts')])(
  dirname(fileURLToPath(import.meta.url)),
);
