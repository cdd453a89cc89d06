import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkInternalLinks, type InternalCheckOptions } from '../links/check-internal-links.ts';

/** After `astro build`, fails the build on any broken internal link or #fragment, one line per problem. */
export default function internalLinkCheck(options: Omit<InternalCheckOptions, 'distDir'>): AstroIntegration {
  return {
    name: 'lora-notes:internal-link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const result = checkInternalLinks({ ...options, distDir: fileURLToPath(dir) });
        const took = `${Math.round(performance.now() - started)} ms`;
        if (result.problems.length > 0) {
          throw new Error(
            `${result.problems.length} broken internal link${result.problems.length === 1 ? '' : 's'} ` +
              `(${result.links} links on ${result.pages} pages checked in ${took}):\n${result.problems.join('\n')}`,
          );
        }
        logger.info(`${result.links} internal links on ${result.pages} pages: all resolve (${took})`);
      },
    },
  };
}
