import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Node arguments that run a project's `npm run build` without npm, for the tests
 * and the benchmark: ours preloads its early render; a project without a build script
 * (Starlight's and the bare page's in the benchmark) runs `astro build`.
 */
export function buildCommand(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { build?: string } };
  const script = manifest.scripts?.build ?? 'astro build';
  const [program, ...args] = script.split(/\s+/);
  if (program === 'node') return args; // Paths in it are the project's: run it there.
  if (program === 'astro')
    return [join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs'), ...args];
  throw new Error(`${root}: its build script "${script}" is neither \`astro …\` nor \`node …\``);
}
