import { sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../build/build-context.ts';

/**
 * In `npm run dev`: when the set of notes changes (the notes loader, which watches the notes folder, keeps it), MDX
 * notes are compiled again against it, since Vite recompiles a module only when its own file changes. Markdown notes
 * follow by themselves: the loader renders them again when the set changes.
 */
export default function devNoteLinks(context: BuildContext): AstroIntegration {
  const { notesDir } = context.settings;
  return {
    name: 'lora-notes:dev-note-links',
    hooks: {
      'astro:server:setup': ({ server }) => {
        context.onNoteIdsChange(() => {
          for (const environment of Object.values(server.environments)) {
            for (const [file, modules] of environment.moduleGraph.fileToModulesMap) {
              if (!file.startsWith(notesDir + sep) || !file.endsWith('.mdx')) continue;
              for (const module of modules) environment.moduleGraph.invalidateModule(module);
            }
          }
        });
      },
    },
  };
}
