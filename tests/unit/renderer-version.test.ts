import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_ENTRIES, rendererSources, rendererVersion } from '../../src/render/renderer-version.ts';
import { projectRoot } from '../helpers/build-site.ts';

/** A checkout in miniature: an entry that imports a module and a package, which depends on another. */
function checkout(): { root: string; entry: string; write: (path: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'renderer-version-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/render/entry.ts', "import { plugin } from '../plugins/plugin.ts';\nimport type { X } from 'unified-like/types';\n");
  write('src/plugins/plugin.ts', "export { plugin } from './inner.ts';\nconst later = () => import('./lazy.ts');\n");
  write('src/plugins/inner.ts', 'export const plugin = 1;\n');
  write('src/plugins/lazy.ts', 'export default 2;\n');
  write('src/plugins/unused.ts', 'export default 3;\n');
  write('node_modules/unified-like/package.json', JSON.stringify({ version: '1.0.0', dependencies: { 'micro-like': '^2' } }));
  write('node_modules/micro-like/package.json', JSON.stringify({ version: '2.0.0' }));
  return { root, entry: join(root, 'src/render/entry.ts'), write };
}

describe('the renderer version', () => {
  it('follows relative imports (re-exports and dynamic ones too) and the packages they import, with their dependencies', () => {
    const { root, entry } = checkout();
    const sources = rendererSources([entry]);
    expect(sources.files.map((file) => relative(root, file))).toEqual([
      'src/plugins/inner.ts',
      'src/plugins/lazy.ts',
      'src/plugins/plugin.ts',
      'src/render/entry.ts',
    ]);
    expect(sources.packages).toEqual(['micro-like@2.0.0', 'unified-like@1.0.0']);
  });

  it('changes with a plugin’s source or an installed version, not with a file nothing imports', () => {
    const { entry, write } = checkout();
    const first = rendererVersion([entry]);
    write('src/plugins/unused.ts', 'export default 4;\n');
    expect(rendererVersion([entry])).toBe(first);
    write('src/plugins/inner.ts', 'export const plugin = 2;\n');
    const edited = rendererVersion([entry]);
    expect(edited).not.toBe(first);
    write('node_modules/micro-like/package.json', JSON.stringify({ version: '2.0.1' }));
    expect(rendererVersion([entry])).not.toBe(edited);
  });

  it('is the same for the same checkout in another folder', () => {
    const { root, entry } = checkout();
    const moved = mkdtempSync(join(tmpdir(), 'renderer-version-moved-'));
    cpSync(root, moved, { recursive: true });
    expect(rendererVersion([join(moved, relative(root, entry))])).toBe(rendererVersion([entry]));
  });

  it('covers this site’s whole render path: the loader, the plugins, the notes readers and the unified packages', () => {
    const { files, packages } = rendererSources(RENDERER_ENTRIES);
    const names = files.map((file) => relative(projectRoot, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'src/render/notes-loader.ts',
        'src/render/render-worker.ts',
        'src/render/note-renderer.ts',
        'src/plugins/markdown-pipeline.ts',
        'src/plugins/remark-note-links.ts',
        'src/plugins/rehype-scroll-regions.ts',
        'src/notes/folder-facts.ts',
        'src/notes/read-dated-sections.ts',
      ]),
    );
    const installed = packages.map((version) => version.slice(0, version.lastIndexOf('@')));
    expect(installed).toEqual(
      expect.arrayContaining(['unified', 'remark-gfm', 'rehype-slug', 'remark-rehype', 'micromark', 'mdast-util-to-hast']),
    );
  });
});
