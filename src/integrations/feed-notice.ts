import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../site.ts';

/** After `astro build` without SITE: says once that no feed was written, and how to get one. */
export default function feedNotice(settings: Pick<SiteSettings, 'site'>): AstroIntegration {
  return {
    name: 'lora-notes:feed',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (settings.site) return;
        logger.info(
          "No feed.xml: a feed needs absolute URLs. Set SITE to the site's public URL (e.g. https://you.github.io) to write one.",
        );
      },
    },
  };
}
