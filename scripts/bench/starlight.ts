/**
 * The same notes built with Astro Starlight, in a scratch folder under .cache/ —
 * installed by the benchmark, never a dependency of the project.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { readNoteProse } from '../../src/notes/read-note-facts.ts';
import { parseNote } from '../../src/notes/parse-note.ts';

export const STARLIGHT_VERSION = '0.42.4';
const ASTRO_VERSION = '7.3.5';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'LoRA Notes' })] });
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;
const IMAGE = /\.(png|jpe?g|webp|gif|avif)$/i;
const ASIDE_TYPE: Record<string, string> = { note: 'note', tip: 'tip', warning: 'caution' };

/** Starlight wants a title in front matter and knows asides, not our Callout. */
function toStarlight(text: string, isMdx: boolean): string {
  let body = text.replace(/^\uFEFF/, '');
  body = body.replace(
    /<Callout(?: type="(\w+)")?(?: title="([^"]*)")?>\s*([\s\S]*?)\s*<\/Callout>/g,
    (_, type = 'note', title = '', inner: string) => {
      return `\n:::${ASIDE_TYPE[type] ?? 'note'}${title ? `[${title}]` : ''}\n${inner.trim()}\n:::\n`;
    },
  );
  if (/^---\n/.test(body))
    return body.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => frontmatter.replace(/^(order|updated|tags|draft):.*\n/gm, ''));
  const title = readNoteProse(parseNote(body, isMdx)).h1 ?? 'Note';
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}`;
}

/** Installs Starlight once (kept between runs) and lays out the notes as its docs. */
export function prepareStarlight(workDir: string, notesDir: string): string {
  const root = join(workDir, 'starlight');
  mkdirSync(root, { recursive: true });
  const manifest = {
    private: true,
    type: 'module',
    dependencies: { astro: ASTRO_VERSION, '@astrojs/starlight': STARLIGHT_VERSION },
    overrides: { vite: '8.3.8', '@emnapi/runtime': '1.11.3' },
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const installed =
    existsSync(join(root, 'node_modules/@astrojs/starlight')) && readFileSync(join(root, 'package.json'), 'utf8') === manifestText;
  if (!installed) {
    writeFileSync(join(root, 'package.json'), manifestText);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  }
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  const docs = join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  // Notes in folders keep their places, and so do their images, which Starlight's own pipeline optimises; the
  // contents README is ours alone (Starlight has its sidebar), and workflow files are no docs of Starlight's.
  for (const file of readdirSync(notesDir, { recursive: true, encoding: 'utf8' })) {
    if (file.split(sep).some((part) => part.startsWith('.')) || basename(file) === 'README.md') continue;
    const target = join(docs, file);
    if (/\.mdx?$/.test(file)) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, toStarlight(readFileSync(join(notesDir, file), 'utf8'), file.endsWith('.mdx')));
    } else if (IMAGE.test(file)) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(notesDir, file), target);
    }
  }
  writeFileSync(join(docs, 'index.md'), '---\ntitle: LoRA Notes\n---\n\nPractitioner notes on LoRA adapters.\n');
  return root;
}
