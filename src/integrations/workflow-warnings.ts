import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../build/build-context.ts';
import { shownPath } from '../util/posix-path.ts';
import { isJsonPath } from '../workflows/read-workflow.ts';
import { plural } from '../util/plural.ts';

/**
 * After `astro build`: one warning line for each file a note links as a workflow that could not be read
 * whole (not JSON, not a workflow, nodes the reader could not make out), naming the file, what went
 * wrong and the note that links it. The file is published either way.
 */
export default function workflowWarnings(context: BuildContext): AstroIntegration {
  return {
    name: 'lora-notes:workflow-warnings',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const index = await context.workflows();
        const linkedFrom = new Map<string, string>();
        for (const report of context.reports.values())
          for (const link of report.links)
            if (link.publish && !linkedFrom.has(link.publish)) linkedFrom.set(link.publish, `${shownPath(report.file)}:${link.line}`);
        const shown = (path: string) => shownPath(`${context.settings.notesDir}/${path}`);
        const lines: string[] = [];
        for (const [path, at] of [...linkedFrom].sort()) {
          const read = index.get(path);
          if (!read) continue;
          if ('notWorkflow' in read) {
            // An image without a workflow is just an image; a JSON file a note links is meant to be one.
            if (!read.quiet && isJsonPath(path))
              lines.push(`${shown(path)}: ${read.notWorkflow}; linked from ${at}, it stays a link to the file`);
          } else if (read.workflow.problems.length > 0) {
            lines.push(`${shown(path)}: could not read ${read.workflow.problems.join('; ')}; its page shows the rest`);
          }
        }
        if (lines.length > 0) logger.warn(`${plural(lines.length, 'workflow')} not read whole:\n${lines.join('\n')}`);
      },
    },
  };
}
