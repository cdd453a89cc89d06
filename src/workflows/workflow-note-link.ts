import { join } from 'node:path';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { resolveLinkTarget } from '../plugins/remark-note-links.ts';

/**
 * Where a relative link in a workflow's note leads: what it names beside the workflow file, as a note's
 * link there would (a note's page, a workflow's page); any other file of the notes folder on the
 * repository's host (SOURCE_REPO), since the site publishes only what notes link; else nowhere.
 */
export function workflowNoteLink(href: string, workflowPath: string, options: NoteLinksOptions): string | undefined {
  const target = resolveLinkTarget(href, 'link', join(options.notesDir, workflowPath), options);
  if ('problem' in target) return undefined;
  if (target.note !== undefined || target.workflow !== undefined || target.publish === undefined) return target.url;
  if (!options.sourceRepo) return undefined;
  const suffix = href.slice(href.search(/[?#]|$/));
  return `${new URL(encodeURI(target.publish), options.sourceRepo).href}${suffix}`;
}
