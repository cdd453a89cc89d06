import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseHubRepo } from '../../src/links/external/hub.ts';
import { parseNote } from '../../src/notes/parse-note.ts';

/**
 * Checks that our notes carry the facts of the owner's notes in our own words: every
 * link of theirs is in ours, and no sentence of theirs is copied.
 */

/** A note's text as a tree, front matter left out. */
export const noteTree = (text: string, mdx = false): Root => parseNote(text.replace(/^---\n[\s\S]*?\n---\n/, ''), mdx);

export function externalUrls(root: Root): Set<string> {
  const urls = new Set<string>();
  visit(root, 'link', (link: Link) => {
    if (/^https?:\/\//.test(link.url)) urls.add(link.url);
  });
  return urls;
}

/** Links of `original` that `ours` lacks, counting a link to the same Hub repository as the same. */
export function missingLinks(ours: Root, original: Root): string[] {
  const have = externalUrls(ours);
  const repos = new Set([...have].map((url) => parseHubRepo(new URL(url))?.repo).filter(Boolean));
  return [...externalUrls(original)].filter((url) => !have.has(url) && !repos.has(parseHubRepo(new URL(url))?.repo));
}

/** Prose as words, lower case: file names are facts, not sentences. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The note's prose, code left out. */
function prose(root: Root): string {
  const parts: string[] = [];
  visit(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if (node.type === 'text') parts.push(node.value);
    return undefined;
  });
  return parts.join(' ');
}

/** Sentences as their authors wrote them: split at sentence ends and line breaks. */
function sentences(root: Root): string[] {
  const texts: string[] = [];
  visit(root, ['paragraph', 'tableCell', 'heading'], (node) => {
    texts.push(toString(node, { includeImageAlt: false }));
    return 'skip';
  });
  return texts.flatMap((text) => text.split(/(?<=[.!?;])\s+|\n/));
}

/** Sentences of `original` with `minWords` or more words that stand word for word in `ours`. */
export function copiedSentences(ours: Root, original: Root, minWords = 10): string[] {
  const text = ` ${words(prose(ours)).join(' ')} `;
  return sentences(original).filter((sentence) => {
    const list = words(sentence);
    return list.length >= minWords && text.includes(` ${list.join(' ')} `);
  });
}
