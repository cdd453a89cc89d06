import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinksReport, unresolvedLinks } from '../links/broken-links.ts';
import { checkInternalLinks } from '../links/check-internal-links.ts';
import { writeLinkManifest } from '../links/link-manifest.ts';
import { publishLinkedFiles } from '../links/publish-linked-files.ts';
import { listSiteFiles, scanSite } from '../links/scan-site.ts';
import type { BuildContext } from '../build/build-context.ts';
import type { SiteSettings } from '../site.ts';
import { plural } from '../util/plural.ts';

/**
 * After `astro build`: publishes the files of the notes folder that notes link, then
 * reports every broken link in one list (those that could not resolve while the notes
 * rendered, and missing pages, files and #fragments in the built site), each where it
 * was written. With BROKEN_LINKS=error (the default) the build then fails.
 */
export default function internalLinkCheck(
  settings: Pick<SiteSettings, 'base' | 'site' | 'notesDir' | 'brokenLinks'>,
  context: BuildContext,
): AstroIntegration {
  let projectRoot = process.cwd();
  let published: string[] = [];
  return {
    name: 'lora-notes:internal-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      // Before Pagefind starts on the pages (it is listed after this), so the site it reads is complete.
      'astro:build:generated': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const notes = context.reports.values();
        published = publishLinkedFiles({ distDir, notesDir: settings.notesDir, notes, files: listSiteFiles(distDir) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const notes = context.reports;
        writeLinkManifest(projectRoot, distDir, notes);
        const files = listSiteFiles(distDir);
        const pages = scanSite(distDir, files);
        const result = checkInternalLinks({ base: settings.base, site: settings.site, distDir, notes, files, pages });
        const broken = [...unresolvedLinks(notes.values()), ...result.broken];
        const took = `${Math.round(performance.now() - started)} ms`;
        const figures = `${plural(published.length, 'linked file')} published; ${result.links} internal links on ${result.pages} pages checked in ${took}`;
        if (broken.length === 0 && result.pageProblems.length === 0) {
          logger.info(`${figures}: all resolve`);
          return;
        }
        const report = `${figures}.\n${brokenLinksReport(broken, result.pageProblems)}`;
        if (settings.brokenLinks === 'warn') {
          logger.warn(`${report}\nPublished anyway (BROKEN_LINKS=warn).`);
          return;
        }
        logger.error(`${report}\nFix them, or set BROKEN_LINKS=warn to publish with them.`);
        // Failing without throwing: Astro's hook runner prints any error thrown here as "An unhandled error occurred",
        // which a broken link is not; its CLI ends with process.exit(0), and an exit listener is the last word on the code.
        process.once('exit', () => {
          process.exitCode = 1;
        });
      },
    },
  };
}
