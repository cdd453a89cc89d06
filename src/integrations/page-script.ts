import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Adds src/scripts/page.ts to every page as a page-stage script, which Astro bundles
 * with its own (prefetch) into one module: one small request, cached across pages.
 */
export default function pageScript(): AstroIntegration {
  const entry = fileURLToPath(new URL('../scripts/page.ts', import.meta.url));
  return {
    name: 'lora-notes:page-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(entry)};`);
      },
    },
  };
}
