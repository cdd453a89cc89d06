import type { AstroIntegration } from 'astro';
import { noteWarningLines } from '../notes/note-warning-lines.ts';
import type { BuildContext } from '../build/build-context.ts';
import { plural } from '../util/plural.ts';

/**
 * After `astro build`: lists what in the notes' own text makes a page harder to use
 * (a skipped heading level, an alt text that repeats its link), each at its file:line,
 * as warnings: the author's to fix, never shipped silently, never a reason to fail.
 */
export default function noteWarnings(context: BuildContext): AstroIntegration {
  return {
    name: 'lora-notes:note-warnings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const lines = noteWarningLines(context.reports.values());
        if (lines.length === 0) return;
        logger.warn(`${plural(lines.length, 'accessibility warning')} in the notes' own text:\n${lines.join('\n')}`);
      },
    },
  };
}
