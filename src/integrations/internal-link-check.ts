import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NoteError } from '../notes/note-error.ts';
import { checkInternalLinks, type InternalCheckOptions } from '../links/check-internal-links.ts';
import { publishLinkedFiles } from '../links/publish-linked-files.ts';
import { listSiteFiles, scanSite } from '../links/site-files.ts';

/**
 * After `astro build`: publishes the files of the notes folder that notes link, then
 * fails the build on any broken internal link or #fragment, one line per problem.
 * Both work from one scan of the built pages.
 */
export default function internalLinkCheck(options: Omit<InternalCheckOptions, 'distDir' | 'files' | 'pages'>): AstroIntegration {
  return {
    name: 'lora-notes:internal-link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const files = listSiteFiles(distDir);
        const pages = scanSite(distDir, files);
        const published = publishLinkedFiles({ distDir, base: options.base, notesDir: options.linkOptions.notesDir, pages, files });
        const result = checkInternalLinks({ ...options, distDir, files, pages });
        const took = `${Math.round(performance.now() - started)} ms`;
        const figures = `${published.length} linked file${published.length === 1 ? '' : 's'} published; ${result.links} internal links on ${result.pages} pages checked in ${took}`;
        if (result.problems.length > 0) {
          throw new NoteError(
            `${result.problems.length} broken internal link${result.problems.length === 1 ? '' : 's'} (${figures}):\n${result.problems.join('\n')}`,
          );
        }
        logger.info(`${figures}: all resolve`);
      },
    },
  };
}
