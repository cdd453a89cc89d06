import type { AstroIntegration } from 'astro';
import { notesCacheDir } from '../render/checks-cache.ts';
import { renderAhead, renderingBeforeAstro } from '../render/render-ahead.ts';
import type { SiteSettings } from '../site.ts';

/**
 * Starts rendering changed notes on other cores as soon as `astro build` or `astro dev`
 * has read its config, a second or two before Astro asks the content loader for them,
 * unless `npm run build` started them sooner still.
 */
export default function earlyRender(settings: Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>): AstroIntegration {
  return {
    name: 'lora-notes:early-render',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        // `npm run build` started them before Astro loaded (scripts/render-early.ts).
        if (command === 'build' && renderingBeforeAstro(settings.notesDir)) return;
        // Not awaited: Astro goes on starting while the notes render; the loader waits for them.
        void renderAhead(settings, notesCacheDir(config.cacheDir)).catch(() => {});
      },
    },
  };
}
