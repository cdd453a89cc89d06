// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { settings } from './src/site.ts';
import { buildContextFor } from './src/build/build-context.ts';
import { markdownPlugins } from './src/plugins/markdown-pipeline.ts';
import { IMAGE_WIDTHS } from './src/images/image-widths.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import internalLinkCheck from './src/integrations/internal-link-check.ts';
import devNoteLinks from './src/integrations/dev-note-links.ts';
import devRefreshContent from './src/integrations/dev-refresh-content.ts';
import pageScript from './src/integrations/page-script.ts';
import noteWarnings from './src/integrations/note-warnings.ts';
import workflowWarnings from './src/integrations/workflow-warnings.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import feedNotice from './src/integrations/feed-notice.ts';

// Shared with the content loader (src/content.config.ts): the notes there are, and each note's report.
const context = buildContextFor(settings);
// MDX notes are compiled by Astro with this pipeline; Markdown notes by the content loader with the same plugins.
const { remarkPlugins, rehypePlugins } = markdownPlugins(() => context.linkOptions());

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: settings.cacheDir,
  integrations: [
    mdx(),
    pageScript(),
    ...(settings.site ? [sitemap()] : []),
    securityHeaders(),
    noteWarnings(context),
    workflowWarnings(context),
    feedNotice(settings),
    internalLinkCheck(settings, context),
    devNoteLinks(context),
    devRefreshContent(context),
    // Last: it indexes while the integrations before it finish, then waits for the index.
    pagefindIndex(),
  ],
  markdown: {
    // Shiki colours code with inline styles, which the Content-Security-Policy forbids; code blocks get the site's own style.
    syntaxHighlight: false,
    // remark-gfm is in our own plugin list; smartypants is off so notes read word for word as written.
    processor: unified({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false }),
  },
  // Each embedded image at the widths its column needs (src/images/image-widths.ts), never bigger than the
  // committed file (src/images/image-service.ts). No responsive styles: Astro would inline them, which the
  // Content-Security-Policy forbids.
  image: {
    // WebP at effort 2 of 6: the four widths cost what the two did at sharp's default 4, the files 2% larger.
    service: { entrypoint: './src/images/image-service.ts', config: { webp: { effort: 2 } } },
    layout: 'constrained',
    // MDX notes' images, which Astro's own pipeline places, at the same widths.
    breakpoints: IMAGE_WIDTHS,
    responsiveStyles: false,
  },
  // Pages a reader is about to open (a link hovered or focused) load ahead of the click.
  prefetch: { prefetchAll: true, defaultStrategy: 'hover' },
  devToolbar: { enabled: false },
  // Every stylesheet a file: the Content-Security-Policy allows no inline <style> (Astro would inline small ones).
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module "use astro:head-inject", which rolldown warns about once per MDX note
        // although Astro reads it before bundling (withastro/astro#18087). Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
