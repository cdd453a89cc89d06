import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

/** Fails with every error Pagefind reported, so a broken index never ships silently. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/** Indexes the built site into `pagefind/` inside it; the number of pages indexed. */
async function writeIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
  try {
    const added = await index.addDirectory({ path: site });
    assertNoErrors('indexing', added);
    const output = join(site, 'pagefind');
    assertNoErrors('writing', await index.writeFiles({ outputPath: output }));
    // Pagefind's ready-made UIs (about 400 KB) are never loaded: the site has its own dialog.
    for (const ui of ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui']) {
      for (const extension of ['js', 'css']) rmSync(join(output, `${ui}.${extension}`), { force: true });
    }
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index into `dist/pagefind/` while `astro build` finishes.
 * Only `data-pagefind-body` (the notes and the model index) is indexed. In
 * `npm run dev`, search uses the last build's index when there is one.
 */
export default function pagefindIndex(): AstroIntegration {
  let indexDir: string;
  let base: string;
  let indexing: Promise<{ pages: number; ms: number }>;
  return {
    name: 'lora-notes:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = join(fileURLToPath(config.outDir), 'pagefind');
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(indexDir)) {
          logger.info('no search index yet: search says so until `npm run build` has made one');
          return;
        }
        logger.info(`search uses the last build's index in ${indexDir}`);
        server.middlewares.use(`${base}pagefind`, sirv(indexDir, { dev: true }));
      },
      // Pagefind indexes in its own process from the moment the pages exist, while the other
      // integrations finish theirs; this one is listed last, so it waits only for what is left.
      'astro:build:generated': ({ dir }) => {
        const started = performance.now();
        indexing = writeIndex(fileURLToPath(dir)).then((pages) => ({ pages, ms: performance.now() - started }));
        indexing.catch(() => {}); // Reported in astro:build:done.
      },
      'astro:build:done': async ({ logger }) => {
        const { pages, ms } = await indexing;
        logger.info(`search index: ${pages} pages in ${Math.round(ms)} ms`);
      },
    },
  };
}
