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

/**
 * Builds the search index into `dist/pagefind/` as the last step of `astro build`.
 * Only `data-pagefind-body` (the notes and the model index) is indexed. In
 * `npm run dev`, search uses the last build's index when there is one.
 */
export default function pagefindIndex(): AstroIntegration {
  let indexDir: string;
  let base: string;
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
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
          logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
