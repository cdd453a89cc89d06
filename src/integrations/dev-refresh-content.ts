import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../build/build-context.ts';

/** In `npm run dev`: hands Astro's `refreshContent` to the notes loader, which loads a saved note again through it. */
export default function devRefreshContent(context: BuildContext): AstroIntegration {
  return {
    name: 'lora-notes:dev-refresh-content',
    hooks: {
      'astro:server:setup': ({ refreshContent }) => {
        context.refreshContent = refreshContent;
      },
    },
  };
}
