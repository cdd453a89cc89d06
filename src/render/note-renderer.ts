import type { MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { NoteModelLink } from '../models/collect-model-links.ts';
import type { FolderFacts } from '../notes/folder-facts.ts';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import type { NoteReading } from '../notes/note-reading.ts';
import type { NoteLinkOut } from '../notes/read-links-out.ts';
import type { NoteChecks } from '../notes/note-reports.ts';
import { markdownPlugins } from '../plugins/markdown-pipeline.ts';
import rehypeAstroImages from '../plugins/rehype-astro-images.ts';
import rehypeCollectHeadings from '../plugins/rehype-collect-headings.ts';
import rehypeImageLinks from '../plugins/rehype-image-links.ts';
import rehypeRawWhenPresent from '../plugins/rehype-raw-when-present.ts';
import remarkParseSections from '../plugins/remark-parse-sections.ts';
import { readingOfFile, remarkReadLinked, remarkReadNote } from '../plugins/remark-read-note.ts';

/** A rendered note as Astro's content layer stores it (`entry.rendered`). */
export interface RenderedNote {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    /** Local images, relative to the note, for Astro's asset pipeline. */
    imagePaths: string[];
    note: NoteReading;
  };
}

/** One note rendered: its page, what the checks after the build need, its links to models and to other notes, and what it asked of its folder. */
export interface RenderResult {
  page: RenderedNote;
  checks: NoteChecks;
  modelLinks: NoteModelLink[];
  linksOut: NoteLinkOut[];
  folderFacts: FolderFacts;
}

export type NoteRenderer = (id: string, body: string, filePath: string) => Promise<RenderResult>;

/** rehype-image-links once more, for the images raw HTML brings, which are elements only after it is parsed (unified uses a plugin once). */
const rehypeRawImageLinks = () => rehypeImageLinks({ fromSrc: true });

/**
 * Renders Markdown notes with the same remark and rehype plugins as Astro's
 * pipeline (and as MDX notes get), in one pass that also reads the note's facts.
 * What Astro's own pipeline adds is done as it does it: the note's images marked for the
 * asset pipeline, its list of headings. Raw HTML is parsed only in notes that have some.
 */
export function createNoteRenderer(linkOptions: NoteLinksOptions): NoteRenderer {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(linkOptions);
  const processor = unified()
    // remark-parse, a long note a section at a time: the same tree, sooner.
    .use(remarkParseSections)
    .use(remarkReadNote)
    .use(remarkPlugins as PluggableList)
    .use(remarkReadLinked)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins as PluggableList)
    .use(rehypeAstroImages)
    .use(rehypeCollectHeadings)
    .use(rehypeRawWhenPresent)
    .use(rehypeRawImageLinks)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  return async (id, body, filePath) => {
    const file = new VFile({ value: body, path: filePath, data: { noteId: id, astro: { frontmatter: {} } } });
    const html = String(await processor.process(file));
    const { headings = [], localImagePaths = [] } = file.data.astro ?? {};
    const { note, checks, modelLinks, linksOut, folderFacts } = readingOfFile(file);
    return { page: { html, metadata: { headings, imagePaths: localImagePaths, note } }, checks, modelLinks, linksOut, folderFacts };
  };
}
