/**
 * A preview of the note a link leads to: its title, the section the link names and the first lines there, shown
 * after a short delay beside the link (below it, or above where the window has no room), never over it. The page
 * comes from the browser's cache where Astro's prefetch put it on hover; a preview is made once per page.
 */
const DELAY_MS = 350;
const TEXT_MAX = 220;

interface Preview {
  title: string;
  section?: string;
  text: string;
}

const previews = new Map<string, Promise<Preview | undefined>>();
let box: HTMLElement | undefined;
let shownFor: HTMLAnchorElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The first lines after the heading `start` in the note's text `article` (its paragraphs, lists and quotes, up to the next heading). */
function linesAfter(start: Element | null, article: Element): string {
  // A heading stands in a wrapper with its `#` link (src/plugins/rehype-heading-anchors.ts): the text follows the wrapper.
  let block = start;
  while (block?.parentElement && block.parentElement !== article) block = block.parentElement;
  let text = '';
  for (let element = block?.nextElementSibling; element && text.length < TEXT_MAX; element = element.nextElementSibling) {
    if (/^H[1-6]$/.test(element.tagName) || element.querySelector(':scope > h2, :scope > h3, :scope > h4')) break;
    if (/^(P|UL|OL|BLOCKQUOTE)$/.test(element.tagName)) text += `${element.textContent?.replace(/\s+/g, ' ').trim() ?? ''} `;
  }
  text = text.trim();
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1).trimEnd()}…` : text;
}

async function previewOf(link: HTMLAnchorElement): Promise<Preview | undefined> {
  const page = new DOMParser().parseFromString(await (await fetch(link.pathname)).text(), 'text/html');
  const article = page.querySelector('article.prose');
  const title = article?.querySelector('h1')?.textContent?.trim();
  if (!article || !title) return undefined;
  const id = decodeURIComponent(link.hash.slice(1));
  const heading = id ? article.querySelector(`[id="${CSS.escape(id)}"]`) : null;
  const section = heading?.textContent?.trim();
  return { title, ...(section && section !== title ? { section } : {}), text: linesAfter(heading ?? article.querySelector('h1'), article) };
}

function hide(): void {
  clearTimeout(timer);
  if (!box || !shownFor) return;
  box.hidden = true;
  shownFor.removeAttribute('aria-describedby');
  shownFor = undefined;
}

/** Beside the link, in the window: below it, or above it where there is no room below; never over it. */
function place(link: HTMLAnchorElement, preview: HTMLElement): void {
  const at = link.getBoundingClientRect();
  const { width, height } = preview.getBoundingClientRect();
  const below = at.bottom + 8 + height <= innerHeight;
  preview.style.left = `${Math.max(8, Math.min(at.left, innerWidth - width - 8)) + scrollX}px`;
  preview.style.top = `${(below ? at.bottom + 8 : at.top - 8 - height) + scrollY}px`;
}

function show(link: HTMLAnchorElement, preview: Preview): void {
  if (!box) {
    box = document.createElement('div');
    box.id = 'link-preview';
    box.className = 'link-preview';
    box.setAttribute('role', 'tooltip');
    box.addEventListener('mouseleave', hide);
    document.body.append(box);
  }
  const title = document.createElement('strong');
  title.textContent = preview.section ? `${preview.title} › ${preview.section}` : preview.title;
  const text = document.createElement('p');
  text.textContent = preview.text;
  box.replaceChildren(title, text);
  box.hidden = false;
  place(link, box);
  link.setAttribute('aria-describedby', box.id);
  shownFor = link;
}

/** Shows the preview of `link`'s note after a short delay, while the pointer or the focus stays on it. */
export function previewSoon(link: HTMLAnchorElement, focused: boolean): void {
  if (shownFor === link) return;
  hide();
  const leave = () => {
    clearTimeout(timer);
    // A pointer moving into the preview keeps it; one moving elsewhere, and a blur, close it.
    setTimeout(() => {
      if (!box?.matches(':hover')) hide();
    }, 100);
  };
  link.addEventListener(focused ? 'blur' : 'mouseleave', leave, { once: true });
  timer = setTimeout(() => {
    const key = link.pathname + link.hash;
    if (!previews.has(key))
      previews.set(
        key,
        previewOf(link).catch(() => undefined),
      );
    void previews.get(key)!.then((preview) => {
      const still = focused ? document.activeElement === link : link.matches(':hover');
      if (preview && still) show(link, preview);
    });
  }, DELAY_MS);
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
