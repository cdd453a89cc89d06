import { sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../build/build-context.ts';
import { listNoteFiles } from '../notes/note-files.ts';

/**
 * In `npm run dev`: when a note is added, renamed or removed, the set of notes links
 * resolve against changes at once, and MDX notes (compiled by Vite, which recompiles
 * a module only when its own file changes) are compiled again against it. Markdown
 * notes follow by themselves: the notes loader renders them again when the set changes.
 */
export default function devNoteLinks(context: BuildContext): AstroIntegration {
  const { notesDir } = context.settings;
  return {
    name: 'lora-notes:dev-note-links',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const refresh = (path: string) => {
          if (!path.startsWith(notesDir + sep) || !/\.mdx?$/i.test(path)) return;
          try {
            context.setNoteIds(listNoteFiles(notesDir).keys());
          } catch (error) {
            logger.warn((error as Error).message);
            return;
          }
          for (const environment of Object.values(server.environments)) {
            for (const [file, modules] of environment.moduleGraph.fileToModulesMap) {
              if (!file.startsWith(notesDir + sep) || !file.endsWith('.mdx')) continue;
              for (const module of modules) environment.moduleGraph.invalidateModule(module);
            }
          }
        };
        server.watcher.on('add', refresh);
        server.watcher.on('unlink', refresh);
      },
    },
  };
}
