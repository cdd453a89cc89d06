import { slug } from 'github-slugger';
import type { NoteReport } from '../notes/note-reports.ts';
import { suggest } from '../util/suggest.ts';
import type { BrokenLink } from './broken-links.ts';
import { NoteHrefs } from './note-hrefs.ts';
import type { HtmlLink, ScannedPage } from './scan-html.ts';
import { listSiteFiles, LOCAL, notePage, pagePath, scanSite } from './scan-site.ts';

export interface InternalCheckOptions {
  /** The built site. */
  distDir: string;
  /** Base path, with leading and trailing slash. */
  base: string;
  /** Public origin of the site; absolute links to it count as internal. */
  site?: string | undefined;
  /** Each note's links by note id, as recorded while rendering, with where they were written. */
  notes: ReadonlyMap<string, NoteReport>;
  /** The site's files and scanned pages, when the caller has them already. */
  files?: ReadonlySet<string>;
  pages?: ReadonlyMap<string, ScannedPage>;
}

export interface InternalCheckResult {
  /** Broken links written in notes, at their positions. */
  broken: BrokenLink[];
  /** Broken links the site's own pages make (layout, generated markup), one line each. */
  pageProblems: string[];
  pages: number;
  links: number;
}

/** The built file a site path is served from, as static hosts resolve it. */
function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every link that points inside the built site: the page or file must exist
 * and a #fragment must be an id on that page. Links written in notes are checked as
 * recorded while rendering, so each is reported where it was written; the rest of
 * each page (layout, generated markup) from one scan of the built HTML. Each link is
 * two hash lookups, so the cost grows with pages + links.
 */
export function checkInternalLinks(options: InternalCheckOptions): InternalCheckResult {
  const { distDir } = options;
  const files = options.files ?? listSiteFiles(distDir);
  const pages = options.pages ?? scanSite(distDir, files);
  const context: CheckContext = {
    files,
    pages,
    pageList: [...pages.keys()].map(pagePath),
    siteOrigin: options.site ? new URL(options.site).origin : undefined,
    base: options.base,
  };

  const broken: BrokenLink[] = [];
  const pageProblems: string[] = [];
  let linkCount = 0;
  for (const [id, { file, links }] of options.notes) {
    const page = notePage(id);
    for (const link of links) {
      if (link.href === undefined || link.problem) continue;
      linkCount += 1;
      const problem = checkLink(link.href, page, context);
      if (!problem) continue;
      const better = problem.betterHref && writtenForm(link.written, link.href, problem.betterHref);
      broken.push({
        file,
        line: link.line,
        column: link.column,
        written: link.written,
        reason: `${problem.message}${better ? `; did you mean "${better}"?` : ''}`,
      });
    }
  }
  // A note's own links were checked above, where they were written; the scan checks the rest of each page.
  const noteHrefs = new NoteHrefs(options.notes);
  for (const [page, scanned] of pages) {
    for (const link of scanned.links) {
      if (link.inNote && noteHrefs.take(page, link.url)) continue;
      linkCount += 1;
      const problem = checkLink(link.url, page, context);
      if (problem) pageProblems.push(pageProblem(page, link, problem));
    }
  }
  return { broken, pageProblems, pages: pages.size, links: linkCount };
}

interface CheckContext {
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, ScannedPage>;
  pageList: readonly string[];
  siteOrigin: string | undefined;
  base: string;
}

interface Problem {
  message: string;
  /** A corrected URL in the form of the href, e.g. `/alchemy/#trivia`. */
  betterHref?: string;
}

function checkLink(href: string, file: string, { files, pages, pageList, siteOrigin, base }: CheckContext): Problem | undefined {
  const raw = href.trim();
  if (!raw) return { message: 'is an empty link target' };
  if (/^javascript:/i.test(raw)) return { message: 'is a javascript: URL, which links may not be' };

  let url: URL;
  try {
    url = new URL(raw, `${LOCAL}${base}${file}`);
  } catch {
    return { message: 'is not a valid URL' };
  }
  const internal = url.origin === LOCAL || url.origin === siteOrigin;
  if (!internal || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { message: 'has a path that is not valid percent-encoding' };
  }
  if (!path.startsWith(base)) return { message: `goes to ${path}, outside the site's base path ${base}` };
  const target = fileFor(path.slice(base.length), files);
  if (!target) {
    const near = suggest(
      path,
      pageList.map((p) => `${base}${p.slice(1)}`),
    );
    return { message: `goes to ${path}, where the site has no page or file`, ...(near ? { betterHref: near + url.hash } : {}) };
  }

  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    // `#100%` is not percent-encoding; an id is compared as written.
    fragment = url.hash.slice(1);
  }
  if (!fragment || fragment === 'top') return undefined;
  const targetPage = pages.get(target);
  if (!targetPage || targetPage.ids.has(fragment)) return undefined;
  const where = `${base}${pagePath(target).slice(1)}`;
  const betterHref = (id: string) => `${raw.split('#')[0]}#${id}`;
  // `#2025.12.04`, `#Trivia`: the heading's words, but GitHub's (and the site's) ids drop dots and capitals.
  const slugged = slug(fragment);
  if (slugged !== fragment && targetPage.ids.has(slugged)) {
    return {
      message: `has no heading #${fragment} on ${where}: heading ids are lowercase, without dots or other punctuation, as on GitHub`,
      betterHref: betterHref(slugged),
    };
  }
  const near = suggest(fragment, targetPage.ids);
  return { message: `has no heading or id #${fragment} on ${where}`, ...(near ? { betterHref: betterHref(near) } : {}) };
}

/** Puts a suggested fragment back into the link as its author wrote it: `alchemy.md#trivai` -> `alchemy.md#trivia`. */
function writtenForm(written: string, href: string, betterHref: string): string {
  const hash = betterHref.indexOf('#');
  if (hash !== -1 && href.split('#')[0] === betterHref.slice(0, hash)) return `${written.split('#')[0]}${betterHref.slice(hash)}`;
  return betterHref;
}

/** A broken link of the site's own making, by page and element: `/ (index.html:3) <a.next> "/part-1/" goes to …`. */
function pageProblem(page: string, link: HtmlLink, problem: Problem): string {
  const better = problem.betterHref ? `; did you mean "${problem.betterHref}"?` : '';
  return `${pagePath(page)} (${page}:${link.line}) <${link.element}> "${link.url}" ${problem.message}${better}`;
}
