import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { h } from 'hastscript';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import remarkNoteLinks, { type NoteLinksOptions } from './remark-note-links.ts';

/** The remark and rehype plugins every note goes through, Markdown and MDX alike. */
export function markdownPlugins(noteLinks: NoteLinksOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkGfm, [remarkNoteLinks, noteLinks]],
    rehypePlugins: [
      rehypeSlug,
      rehypeHeadingAnchors,
      [
        rehypeExternalLinks,
        {
          rel: ['noopener', 'noreferrer'],
          // Marks the link as leaving the site, for sighted readers and screen readers alike.
          content: [h('span', { className: ['external-mark'], ariaHidden: 'true' }, '↗'), h('span', { className: ['sr-only'] }, ' (external site)')],
          // Search indexes what the author wrote, not the mark.
          contentProperties: { dataPagefindIgnore: '' },
        },
      ],
    ],
  };
}
