import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { readModelLinks, type NoteModelLink } from '../models/collect-model-links.ts';
import { readNoteFacts, type NoteFacts } from '../notes/derive-metadata.ts';
import { markdownPlugins } from '../plugins/markdown-pipeline.ts';
import rehypeAstroImages from '../plugins/rehype-astro-images.ts';
import rehypeCollectHeadings from '../plugins/rehype-collect-headings.ts';
import remarkParseSections from '../plugins/remark-parse-sections.ts';
import rehypeRawWhenPresent from '../plugins/rehype-raw-when-present.ts';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import type { NoteChecks, NoteWarning } from '../notes/note-reports.ts';
import { accessibilityWarnings } from '../notes/read-accessibility.ts';
import { isContentsPage } from '../notes/note-url.ts';
import { readContents, type ContentsSection } from '../notes/read-contents.ts';

/** What the site reads from a note's text while rendering it, so nothing parses it again. */
export interface NoteReading {
  facts: NoteFacts;
  /** For the root README (or index): the navigation its sections and lists describe. */
  contents?: ContentsSection[];
}

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

/** Reads the note before any plugin rewrites it: its links still point at `.md` files. */
function remarkReadNote() {
  return function read(tree: Root, file: VFile): void {
    file.data.note = { facts: readNoteFacts(tree, file.data.noteId as string) } satisfies NoteReading;
    file.data.modelLinks = readModelLinks(tree);
    file.data.warnings = accessibilityWarnings(tree);
  };
}

/** Reads the contents page's sections once its links are resolved, so each entry has the page's own href. */
function remarkReadContents() {
  return function read(tree: Root, file: VFile): void {
    if (isContentsPage(file.data.noteId as string)) file.data.contents = readContents(tree);
  };
}

/**
 * Renders Markdown notes with the same remark and rehype plugins as Astro's
 * pipeline (and as MDX notes get), in one pass that also reads the note's facts.
 * What Astro's own pipeline adds is done as it does it: the note's images marked for the
 * asset pipeline, its list of headings. Raw HTML is parsed only in notes that have some.
 */
export function createNoteRenderer(
  linkOptions: NoteLinksOptions,
): (id: string, body: string, filePath: string) => Promise<{ page: RenderedNote; checks: NoteChecks; modelLinks: NoteModelLink[] }> {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(linkOptions);
  const processor = unified()
    // remark-parse, a long note a section at a time: the same tree, in a third of the time.
    .use(remarkParseSections)
    .use(remarkReadNote)
    .use(remarkPlugins as PluggableList)
    .use(remarkReadContents)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins as PluggableList)
    .use(rehypeAstroImages)
    .use(rehypeCollectHeadings)
    .use(rehypeRawWhenPresent)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  return async (id, body, filePath) => {
    const file = new VFile({ value: body, path: filePath, data: { noteId: id, astro: { frontmatter: {} } } });
    const html = String(await processor.process(file));
    const astro = file.data.astro as { headings?: MarkdownHeading[]; localImagePaths?: string[] };
    const note = file.data.note as NoteReading;
    if (file.data.contents) note.contents = file.data.contents as ContentsSection[];
    return {
      page: { html, metadata: { headings: astro.headings ?? [], imagePaths: astro.localImagePaths ?? [], note } },
      checks: { links: file.data.links ?? [], warnings: (file.data.warnings as NoteWarning[] | undefined) ?? [] },
      modelLinks: file.data.modelLinks as NoteModelLink[],
    };
  };
}
