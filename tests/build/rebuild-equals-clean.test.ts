import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, buildSitesOfOneFolder, fixtureRepository, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { reportLines, siteDifferences } from '../helpers/compare-sites.ts';

/**
 * A warm build must make exactly the site a clean build makes. On a copy of the repository fixture, each
 * edit below is followed by a build with the cache every earlier build left and one from an empty cache;
 * the two sites are compared file by file, and so are the broken links and warnings each reported.
 */

const work = mkdtempSync(join(tmpdir(), 'lora-notes-rebuild-'));
// Sites go inside the project: Astro keeps a build's server chunks beside its output folder, or in the project's
// own .astro/ when that folder is outside it, where two builds at once would clear each other's.
mkdirSync(join(projectRoot, 'dist-test'), { recursive: true });
const sites = mkdtempSync(join(projectRoot, 'dist-test', 'rebuild-'));
const notes = join(work, 'notes');
const warmCache = join(work, 'warm-cache');
const settings: Record<string, string> = {
  NOTES_DIR: notes,
  SOURCE_REPO: 'https://github.com/owner/notes/blob/main/',
  // The fixture has each link mistake once; the site is published with them, and their report compared.
  BROKEN_LINKS: 'warn',
};
let clean = 0;

const path = (name: string) => join(notes, name);
const write = (name: string, content: string | Buffer) => {
  mkdirSync(dirname(path(name)), { recursive: true });
  writeFileSync(path(name), content);
};
const edit = (name: string, from: string, to: string) => {
  const text = readFileSync(path(name), 'utf8');
  if (!text.includes(from)) throw new Error(`${name} has no "${from}"`);
  writeFileSync(path(name), text.replace(from, to));
};

/** How many notes the build rendered, from its loader's line. */
const renderedBy = (build: BuildResult): number => Number(/notes in [\d.]+ s: (\d+) rendered/.exec(build.output)?.[1] ?? NaN);

/** A warm build (into `warmDir` with `cache`) and a clean one (an empty cache), side by side; they must agree. */
async function expectSameSite(warm: { cache: string; outDir: string }, extra: Record<string, string> = {}): Promise<BuildResult> {
  clean += 1;
  const cleanCache = join(work, `clean-cache-${clean}`);
  const [warmBuild, cleanBuild] = await buildSitesOfOneFolder([
    { env: { ...settings, ...extra, CACHE_DIR: warm.cache }, outDir: warm.outDir },
    { env: { ...settings, ...extra, CACHE_DIR: cleanCache }, outDir: join(sites, `clean-${clean}`) },
  ]);
  expect(cleanBuild.ok, cleanBuild.output.slice(-3000)).toBe(true);
  expect(warmBuild.ok, warmBuild.output.slice(-3000)).toBe(true);
  expect(siteDifferences(cleanBuild.outDir, warmBuild.outDir)).toEqual([]);
  expect(reportLines(warmBuild.output)).toEqual(reportLines(cleanBuild.output));
  rmSync(cleanCache, { recursive: true, force: true });
  rmSync(cleanBuild.outDir, { recursive: true, force: true });
  return warmBuild;
}

const warm = { cache: warmCache, outDir: join(sites, 'warm') };

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(sites, { recursive: true, force: true });
});

describe('an incremental build makes exactly the site a clean build makes', () => {
  it('after each edit a note does not make itself', { timeout: 600_000 }, async () => {
    cpSync(fixtureRepository, notes, { recursive: true });
    // A note that embeds a screenshot before it exists, in Markdown and raw HTML, and links it.
    write(
      'later.md',
      '# Later\n\n![shot](screenshots/later.webp)\n\n<img src="screenshots/later.webp" alt="again">\n\nThe [shot](screenshots/later.webp).\n',
    );
    expect(renderedBy(await expectSameSite(warm))).toBeGreaterThan(0);

    const steps: [string, () => void, number][] = [
      ['nothing changed', () => {}, 0],
      ['the missing screenshot added', () => cpSync(path('screenshots/uni3c.webp'), path('screenshots/later.webp')), 1],
      ['a screenshot replaced by other bytes', () => cpSync(path('screenshots/nodes/lora-loader.webp'), path('screenshots/uni3c.webp')), 0],
      ['a screenshot removed', () => rmSync(path('screenshots/nodes/lora-loader.webp')), 1],
      // `sdpose.web` is missing; the report's "did you mean" named `sdpose.webp`, now renamed.
      [
        'the name a broken link was told of renamed',
        () => renameSync(path('screenshots/sdpose.webp'), path('screenshots/sdpose-v2.webp')),
        1,
      ],
      ['a note added that another links', () => write('hunyuan.md', '# Hunyuan\n\nBack to [the mistakes](mistakes.md).\n'), 2],
      ['a note renamed', () => renameSync(path('talkies/humo.md'), path('talkies/humo-1.7.md')), 2],
      ['a note removed', () => rmSync(path('extra-tools/upscale.md')), 0],
      ['a heading renamed that another note links', () => edit('wan-animates.md', '## SCAIL 2', '## SCAIL-2 and SCAIL 2.1'), 1],
      [
        'a JSON file turned into a workflow',
        () => cpSync(path('workflows/z-image/z-image-api.json'), path('workflows/bernini/VK-BerniniSwapVK.json')),
        1,
      ],
      ['and back', () => write('workflows/bernini/VK-BerniniSwapVK.json', '{ "nodes": [], "note": "bernini swap" }\n'), 1],
      ['a folder with a README linked, then its README removed', () => rmSync(path('talkies/README.md')), 1],
    ];
    for (const [what, change, rendered] of steps) {
      change();
      const build = await expectSameSite(warm);
      expect({ what, rendered: renderedBy(build) }).toEqual({ what, rendered });
    }
    // Another base path: every note renders again, and the site is the clean one.
    const based = await expectSameSite(warm, { BASE: '/lora-notes/' });
    expect(renderedBy(based)).toBeGreaterThan(5);
  });

  it(
    'a cache that moved with its notes, was copied elsewhere, or is reached through a symbolic link renders nothing again',
    { timeout: 300_000 },
    async () => {
      const first = join(work, 'first');
      mkdirSync(first);
      cpSync(fixtureRepository, join(first, 'notes'), { recursive: true });
      const at = (folder: string) => ({ NOTES_DIR: join(folder, 'notes'), CACHE_DIR: join(folder, 'cache') });
      const built = await buildSite({ ...settings, ...at(first) }, join(sites, 'first-site'));
      expect(built.ok, built.output.slice(-3000)).toBe(true);

      // Moved: the notes and the cache together, as a checkout whose folder was renamed.
      const moved = join(work, 'moved');
      renameSync(first, moved);
      // Copied: the cache restored into another checkout of the same notes, as the action's cache on a new runner.
      const copied = join(work, 'copied');
      cpSync(moved, copied, { recursive: true });
      // Linked: the cache reached through a symbolic link from a third checkout, which a build in the second must not break.
      const linked = join(work, 'linked');
      mkdirSync(linked);
      cpSync(join(moved, 'notes'), join(linked, 'notes'), { recursive: true });
      symlinkSync(join(copied, 'cache'), join(linked, 'cache'));

      for (const [index, folder] of [moved, copied, linked, copied, linked].entries()) {
        const build = await buildSite({ ...settings, ...at(folder) }, join(sites, `site-${index}`));
        expect(build.ok, build.output.slice(-3000)).toBe(true);
        expect(build.output).not.toMatch(/ENOENT|Stack trace|\n\s+at /);
        expect({ folder, rendered: renderedBy(build) }).toEqual({ folder, rendered: 0 });
        expect(siteDifferences(built.outDir, build.outDir)).toEqual([]);
      }
    },
  );
});
