import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { hostById, parseModelLink } from '../models/model-hosts.ts';
import rehypeEmptyHeaderCells from './rehype-empty-header-cells.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeHighlightCode from './rehype-highlight-code.ts';
import rehypeImageLinks from './rehype-image-links.ts';
import rehypeOutgoingLinks from './rehype-outgoing-links.ts';
import rehypeScrollRegions from './rehype-scroll-regions.ts';
import rehypeTableAlign from './rehype-table-align.ts';
import type { NoteLinksSource } from '../notes/link-options.ts';
import remarkNoteLinks from './remark-note-links.ts';
import remarkRawHtmlPolicy from './remark-raw-html-policy.ts';

/**
 * What follows an outgoing link: the model host's name where we know the host
 * (a small label, and its name for screen readers), else an arrow.
 */
function externalMark(link: Element): ElementContent[] {
  const host = typeof link.properties.href === 'string' ? parseModelLink(link.properties.href) : undefined;
  const label = host && hostById(host.host)?.label;
  if (host && label)
    return [
      h('span', { className: ['host-label'], ariaHidden: 'true' }, label),
      h('span', { className: ['sr-only'] }, ` (on ${host.hostName})`),
    ];
  return [h('span', { className: ['external-mark'], ariaHidden: 'true' }, '↗'), h('span', { className: ['sr-only'] }, ' (external site)')];
}

/** The remark and rehype plugins every note goes through, Markdown and MDX alike. */
export function markdownPlugins(noteLinks: NoteLinksSource): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkGfm, remarkRawHtmlPolicy, [remarkNoteLinks, noteLinks]],
    rehypePlugins: [
      rehypeSlug,
      rehypeHeadingAnchors,
      rehypeHighlightCode,
      rehypeTableAlign,
      rehypeEmptyHeaderCells,
      rehypeScrollRegions,
      rehypeImageLinks,
      [
        rehypeOutgoingLinks,
        {
          rel: ['noopener', 'noreferrer'],
          // Marks the link as leaving the site, for sighted readers and screen readers alike.
          content: externalMark,
          // Search indexes what the author wrote, not the mark.
          contentProperties: { dataPagefindIgnore: '' },
        },
      ],
    ],
  };
}
