import { readFileSync } from 'node:fs';
import { getSite } from '../notes/get-site.ts';
import { isContentsPage } from '../notes/note-url.ts';
import type { NoteLinkOut } from '../notes/read-links-out.ts';
import { collectBacklinks, type Backlink } from './collect-backlinks.ts';

let cached: Promise<Map<string, Backlink[]>> | undefined;

/** Each note's backlinks, from the links the render recorded of every note: made once per build. */
export function getBacklinks(): Promise<Map<string, Backlink[]>> {
  cached ??= getSite().then(({ pages, navigation }) => {
    // In the order previous/next follow (the contents page's), then the pages it does not reach.
    const position = new Map(navigation.order.map((id, index) => [id, index]));
    const rank = (id: string, index: number) => position.get(id) ?? navigation.order.length + index;
    const inOrder = pages.map((page, index) => ({ page, at: rank(page.id, index) })).sort((a, b) => a.at - b.at);
    return collectBacklinks(
      // Read while the note rendered and kept beside Astro's store (src/render/kept-files.ts), where thousands
      // of notes' links cost the build no memory; one file at a time, as the model index reads its own.
      inOrder.map(({ page }) => ({
        id: page.id,
        linksOut: JSON.parse(readFileSync(page.entry.rendered?.metadata?.linksOutFile as string, 'utf8')) as NoteLinkOut[],
      })),
      isContentsPage,
    );
  });
  return cached;
}
