import { relative } from 'node:path';
import type { NoteLinksOptions } from '../plugins/remark-note-links.ts';
import type { NoteLink } from './note-sources.ts';
import { PageSources } from './page-sources.ts';
import type { HtmlLink, ScannedPage } from './scan-html.ts';
import { listSiteFiles, LOCAL, pagePath, scanSite } from './site-files.ts';
import { suggest } from './suggest.ts';

export interface InternalCheckOptions {
  /** The built site. */
  distDir: string;
  /** Base path, with leading and trailing slash. */
  base: string;
  /** Public origin of the site; absolute links to it count as internal. */
  site?: string | undefined;
  /** Note id -> absolute file path, to report problems where the author wrote them. */
  noteFiles: ReadonlyMap<string, string>;
  /** How notes resolve their links, to match built hrefs with what was written. */
  linkOptions: NoteLinksOptions;
  /** The site's files and scanned pages, when the caller has them already. */
  files?: ReadonlySet<string>;
  pages?: ReadonlyMap<string, ScannedPage>;
}

export interface InternalCheckResult {
  /** One line per problem, ready to print. */
  problems: string[];
  pages: number;
  links: number;
}

/** The built file a site path is served from, as static hosts resolve it. */
function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every href/src in the built site that points inside it: the page or file
 * must exist and a #fragment must be an id on that page. One pass reads each page
 * once; each link is then two hash lookups, so the cost grows with pages + links.
 */
export function checkInternalLinks(options: InternalCheckOptions): InternalCheckResult {
  const { distDir, base } = options;
  const files = options.files ?? listSiteFiles(distDir);
  const pages = options.pages ?? scanSite(distDir, files);
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const pageList = [...pages.keys()].map(pagePath);

  const problems: string[] = [];
  let linkCount = 0;
  for (const [file, page] of pages) {
    const reporter = new ProblemReporter(file, options);
    for (const link of page.links) {
      linkCount += 1;
      const problem = checkLink(link, file, page, pages, files, pageList, siteOrigin, base);
      if (problem) problems.push(reporter.report(link, problem));
    }
  }
  return { problems, pages: pages.size, links: linkCount };
}

interface Problem {
  message: string;
  /** A corrected URL in the form of the href, e.g. `/alchemy/#trivia`. */
  betterHref?: string;
}

function checkLink(
  link: HtmlLink,
  file: string,
  page: ScannedPage,
  pages: ReadonlyMap<string, ScannedPage>,
  files: ReadonlySet<string>,
  pageList: readonly string[],
  siteOrigin: string | undefined,
  base: string,
): Problem | undefined {
  const raw = link.url.trim();
  if (!raw) return { message: 'empty link target' };
  if (/^javascript:/i.test(raw)) return { message: 'javascript: URLs are not allowed in links' };

  let url: URL;
  try {
    url = new URL(raw, `${LOCAL}${base}${file}`);
  } catch {
    return { message: 'not a valid URL' };
  }
  const internal = url.origin === LOCAL || url.origin === siteOrigin;
  if (!internal || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { message: 'the path is not valid percent-encoding' };
  }
  if (!path.startsWith(base)) return { message: `${path} is outside the site's base path ${base}` };
  const target = fileFor(path.slice(base.length), files);
  if (!target) {
    const near = suggest(
      path,
      pageList.map((p) => `${base}${p.slice(1)}`),
    );
    return { message: `no page or file at ${path}`, ...(near ? { betterHref: near + url.hash } : {}) };
  }

  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    // `#100%` is not percent-encoding; an id is compared as written.
    fragment = url.hash.slice(1);
  }
  if (!fragment || fragment === 'top') return undefined;
  const targetPage = target === file ? page : pages.get(target);
  if (!targetPage || targetPage.ids.has(fragment)) return undefined;
  const near = suggest(fragment, targetPage.ids);
  return {
    message: `#${fragment} is not a heading or id on ${pagePath(target)}`,
    ...(near ? { betterHref: `${raw.split('#')[0]}#${near}` } : {}),
  };
}

/** Words a problem the way its author can fix it: in the note (file:line) or in the layout (page and element). */
class ProblemReporter {
  private readonly sources: PageSources;
  private readonly page: string;

  constructor(page: string, options: InternalCheckOptions) {
    this.page = page;
    this.sources = new PageSources(page, options.noteFiles, options.linkOptions);
  }

  report(link: HtmlLink, problem: Problem): string {
    const source = this.sources.sourceOf(link);
    if (source && this.sources.noteFile) {
      const better = problem.betterHref ? this.writtenForm(source, problem.betterHref) : undefined;
      const where = `${relative(process.cwd(), this.sources.noteFile)}:${source.line}:${source.column}`;
      return `${where} "${source.written}" (${source.text || 'no text'}): ${problem.message}${better ? `; did you mean ${better}?` : ''}`;
    }
    const where = `${pagePath(this.page)} (${this.page}:${link.line}) <${link.element}>`;
    return `${where} "${link.url}": ${problem.message}${problem.betterHref ? `; did you mean ${problem.betterHref}?` : ''}`;
  }

  /** Puts a suggested fragment or page back into the link as the author wrote it: `alchemy.md#trivai` -> `alchemy.md#trivia`. */
  private writtenForm(source: NoteLink, betterHref: string): string {
    const hash = betterHref.indexOf('#');
    if (hash !== -1 && source.href.split('#')[0] === betterHref.slice(0, hash)) {
      return `${source.written.split('#')[0]}${betterHref.slice(hash)}`;
    }
    return betterHref;
  }
}
