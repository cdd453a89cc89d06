import { Parser } from 'htmlparser2';
import { location } from 'vfile-location';

/** One URL-bearing attribute in a built page. */
export interface HtmlLink {
  /** The attribute's value as the browser reads it (entities decoded). */
  url: string;
  /** `a.heading-anchor`, `link[rel=stylesheet]`, `img`: enough to find the element. */
  element: string;
  /** Text inside the element, for links. */
  text: string;
  /** Whether the element sits inside the note's `<article>` (else the layout made it). */
  inNote: boolean;
  /** Inside `data-derived-links`: repeats links written elsewhere (the model index), so the external check skips it. */
  derived: boolean;
  /** Line in the HTML file. */
  line: number;
}

export interface ScannedPage {
  /** Every `id` (and `<a name>`) a fragment can point at. */
  ids: Set<string>;
  links: HtmlLink[];
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
};

/** `a.b 1x, c.d 2x` -> `a.b`, `c.d`. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function describe(name: string, attributes: Record<string, string>): string {
  if (attributes.class) return `${name}.${attributes.class.trim().split(/\s+/).join('.')}`;
  if (attributes.rel) return `${name}[rel=${attributes.rel}]`;
  return name;
}

/** One pass over a page with a streaming parser: its ids and every URL it refers to. */
export function scanHtml(html: string): ScannedPage {
  const ids = new Set<string>();
  const links: HtmlLink[] = [];
  const locate = location(html);
  let articleDepth = 0;
  // One entry per open element: whether it is marked data-derived-links.
  const derivedStack: boolean[] = [];
  let derivedDepth = 0;
  // One entry per open <a>, undefined for anchors without href, so closing tags pair up.
  const openAnchors: (HtmlLink | undefined)[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (name === 'a' && attributes.name) ids.add(attributes.name);
        if (name === 'article') articleDepth += 1;
        const derived = 'data-derived-links' in attributes;
        derivedStack.push(derived);
        if (derived) derivedDepth += 1;
        if (name === 'a' && attributes.href === undefined) openAnchors.push(undefined);
        const wanted = URL_ATTRIBUTES[name];
        if (!wanted) return;
        for (const attribute of wanted) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
          for (const url of urls) {
            const link: HtmlLink = {
              url,
              element: describe(name, attributes),
              text: '',
              inNote: articleDepth > 0,
              derived: derivedDepth > 0,
              line: locate.toPoint(parser.startIndex)?.line ?? 0,
            };
            links.push(link);
            if (name === 'a') openAnchors.push(link);
          }
        }
      },
      ontext(text) {
        for (const anchor of openAnchors) if (anchor) anchor.text += text;
      },
      onclosetag(name) {
        if (name === 'article') articleDepth -= 1;
        if (derivedStack.pop()) derivedDepth -= 1;
        if (name === 'a') {
          const anchor = openAnchors.pop();
          if (anchor) anchor.text = anchor.text.replace(/\s+/g, ' ').trim();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, links };
}
