import type { Link, Nodes, Parents, Root, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { clip } from '../util/clip.ts';
import { walkTree } from '../util/walk-tree.ts';
import { detectFamilies, FAMILIES, FAMILY_SOURCES, type FamilySource } from './model-family.ts';
import { parseModelLink, type ModelLink } from './model-hosts.ts';

/**
 * A link to a model host as one note's text has it, read once while the note is
 * rendered. Its section is the index of the heading it stands under, among all the
 * note's headings in order, so the page's own heading ids can be put to it later.
 */
export interface NoteModelLink {
  url: string;
  linkText: string;
  /** The few words the note says about it, when they are short. */
  context: string;
  /** Index into the note's rendered headings of the h2–h6 it stands under; -1 before the first. */
  headingIndex: number;
  /** Ids of the base model families its name, text, context, section or note title names. */
  familyIds: string[];
  /** Which of those the families were read from. */
  familySource?: FamilySource | undefined;
}

/** A note as the model index needs it: its model links and the headings its page has, in order. */
export interface NoteForModels {
  id: string;
  title: string;
  links: readonly NoteModelLink[];
  headings: readonly { depth: number; slug: string; text: string }[];
}

export interface ModelMention {
  noteId: string;
  noteTitle: string;
  /** The h2–h6 the link stands under, as on the page; none when it comes before the first one. */
  section: { slug: string; title: string } | undefined;
  /** The link exactly as written. */
  url: string;
  linkText: string;
  /** The few words the note says about it, when they are short. */
  context: string;
}

export interface ModelEntry extends ModelLink {
  displayName: string;
  families: { id: string; name: string }[];
  /** Where its families were read: the model's name, else the nearest words that name one. */
  familySource: FamilySource | undefined;
  mentions: ModelMention[];
}

const CONTEXT_MAX = 140;

const text = (nodes: readonly Nodes[]): string =>
  nodes
    .map((node) => toString(node))
    .join('')
    .replace(/\s+/g, ' ');

/** What the sentence says right after the link ("aka Walgro"), else right before it ("Car/Clorth/Product consistency:"). */
function sentenceContext(link: Link, parent: Parents): string {
  const siblings = parent.children as Nodes[];
  const at = siblings.indexOf(link);
  const after = text(siblings.slice(at + 1))
    .split(/[.!?](?:\s|$)|\(/)[0]!
    .replace(/^[\s\-–—:,;]+/, '')
    .replace(/^([^(]*)\)\s*$/, '$1')
    .trim();
  if (after) return after;
  const before = text(siblings.slice(0, at))
    .split(/[.!?]\s/)
    .pop()!
    .replace(/[\s\-–—:,;]+$/, '')
    .trim();
  return before;
}

/** In a table, the last column holds the comment about the row. */
function rowContext(row: TableRow, link: Link): string {
  const cells = row.children;
  const last = cells.at(-1);
  if (!last || toString(last).includes(toString(link))) return '';
  return toString(last).replace(/\s+/g, ' ').trim();
}

/**
 * A name a reader can use. Hugging Face repositories are `owner/name`; elsewhere the
 * URL's slug (with its version), else the link text when it says more than a number,
 * else the host's own words ("Civitai model 2192377"). Never a shorthand prefix
 * (`CA:`, `HF:`) or a query string.
 */
export function displayName(linkText: string, parsed: ModelLink & { hostName: string }): string {
  if (parsed.host === 'huggingface' && parsed.kind !== 'user') return `${parsed.owner}/${parsed.name}`;
  if (parsed.slug) return parsed.version ? `${parsed.slug} (version ${parsed.version})` : parsed.slug;
  const text = linkText.replace(/^\s*[A-Z]{1,3}:\s*/, '').trim();
  const meaningful = text && !/^https?:\/\//.test(text) && !/[?=]/.test(text) && !/^[\d\s/#-]+$/.test(text) && !/\d{5,}/.test(text);
  if (meaningful) return text;
  if (parsed.kind === 'user' && parsed.owner) return parsed.owner;
  if (parsed.number) return `${parsed.hostName} model ${parsed.number}`;
  return [parsed.owner, parsed.name].filter(Boolean).join('/') || parsed.id;
}

/** Every link to a known model host in one note's tree, with the section it stands in and the note's own words about it. */
export function readModelLinks(tree: Root): NoteModelLink[] {
  const links: NoteModelLink[] = [];
  const title = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const noteTitle = title ? toString(title) : undefined;
  let headingIndex = -1;
  let sectionIndex = -1;
  let sectionTitle = '';
  let previous: Nodes | undefined;
  for (const block of tree.children) {
    // A list's lead-in ("Wan 2.2 LoRA-s:") speaks for every item under it.
    const leadIn = block.type === 'list' && previous?.type === 'paragraph' ? toString(previous) : '';
    previous = block;
    if (block.type === 'heading') {
      headingIndex += 1;
      if (block.depth >= 2) {
        sectionIndex = headingIndex;
        sectionTitle = toString(block);
      }
      continue;
    }
    walkTree<Nodes, Parents>(block, (link, ancestors) => {
      if (link.type !== 'link') return;
      const parsed = parseModelLink(link.url);
      if (!parsed) return;
      const parent = ancestors.at(-1)!;
      const row = ancestors.findLast((node): node is TableRow => node.type === 'tableRow');
      const context = clip((row ? rowContext(row, link) : sentenceContext(link, parent)) || '', CONTEXT_MAX);
      const linkText = toString(link).trim();
      const repoName = parsed.owner && parsed.name ? `${parsed.owner}/${parsed.name}` : parsed.name;
      const { families, from } = detectFamilies({
        name: repoName,
        'link text': linkText,
        context: `${context} ${toString(row ?? parent)} ${leadIn}`,
        section: sectionTitle,
        'note title': noteTitle,
      });
      links.push({
        url: link.url,
        linkText,
        context,
        headingIndex: sectionIndex,
        familyIds: families.map((family) => family.id),
        familySource: from,
      });
    });
  }
  return links;
}

/** A model's row in the model index, for a link to it: `huggingface:Kijai/WanVideo_comfy` → `model-huggingface-kijai-wanvideo-comfy`. */
export const modelAnchor = (id: string): string =>
  `model-${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** One entry per model linked from the notes, with every mention of it, sorted by family and name. */
export function collectModelLinks(notes: readonly NoteForModels[]): ModelEntry[] {
  const entries = new Map<string, ModelEntry>();
  for (const note of notes) {
    for (const link of note.links) {
      const parsed = parseModelLink(link.url);
      if (!parsed) continue;
      const heading = note.headings[link.headingIndex];
      const section = heading && heading.depth >= 2 ? { slug: heading.slug, title: heading.text } : undefined;
      const families = FAMILIES.filter((family) => link.familyIds.includes(family.id)).map(({ id, name }) => ({ id, name }));
      const mention: ModelMention = {
        noteId: note.id,
        noteTitle: note.title,
        section,
        url: link.url,
        linkText: link.linkText,
        context: link.context,
      };
      const known = entries.get(parsed.id);
      if (known) {
        known.mentions.push(mention);
        // The surest reading wins: a family the name gives beats one read from a section.
        if (
          link.familySource &&
          (!known.familySource || FAMILY_SOURCES.indexOf(link.familySource) < FAMILY_SOURCES.indexOf(known.familySource))
        ) {
          known.families = families;
          known.familySource = link.familySource;
        } else if (link.familySource === known.familySource) {
          for (const family of families) if (!known.families.some((f) => f.id === family.id)) known.families.push(family);
        }
        continue;
      }
      entries.set(parsed.id, {
        ...parsed,
        displayName: displayName(link.linkText, parsed),
        families,
        familySource: link.familySource,
        mentions: [mention],
      });
    }
  }
  const familyOrder = (entry: ModelEntry) => {
    const index = FAMILIES.findIndex((family) => family.id === entry.families[0]?.id);
    return index === -1 ? FAMILIES.length : index;
  };
  return [...entries.values()].sort((a, b) => familyOrder(a) - familyOrder(b) || a.displayName.localeCompare(b.displayName));
}
