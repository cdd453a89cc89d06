/**
 * Preloaded by `npm run build` (`node --import`): starts rendering the notes that changed
 * since the last build on the render pool's threads before Astro itself loads, which takes
 * a second or two; the notes loader then takes the results. Whatever goes wrong here (bad
 * settings, a note that cannot be read) is left for the build, which reports it properly.
 */
import { pathToFileURL } from 'node:url';

try {
  // Imported here rather than above, so that bad settings (thrown as src/site.ts loads) are caught too.
  const { settings } = await import('../src/site.ts');
  const { notesCacheDir } = await import('../src/render/checks-cache.ts');
  const { renderAheadBeforeAstro } = await import('../src/render/render-ahead.ts');
  // Astro's default cache folder, which astro.config.mjs keeps. Were it another, the loader would
  // only render again: a note rendered ahead serves the loader only for the same HTML file.
  await renderAheadBeforeAstro(settings, notesCacheDir(new URL('node_modules/.astro/', pathToFileURL(`${process.cwd()}/`))));
} catch {
  // Reported by the build.
}
