import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * A note's tree as the renderer parses it, for what reads an MDX note outside the render
 * (and for scripts and tests). Its own module: a render thread never loads the MDX parser.
 */
export function parseNote(body: string, isMdx: boolean): Root {
  // A byte-order mark would hide the first heading from the parser.
  const text = body.replace(/^\uFEFF/, '');
  return isMdx
    ? fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
