/**
 * The search dialog. Loaded only when a reader opens search; it then loads
 * Pagefind from the built index. Results are plain links, each saying what kind of
 * page it is; a row of choices narrows them to one kind (Pagefind's `kind` filter,
 * src/components/search-body.ts). Arrow keys move focus between the input and the
 * results, Enter follows a link, Escape closes.
 */
import styles from './search-dialog.css?inline';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: PagefindSubResult[];
}
/** Pages per value of each filter: for the results as filtered (`filters`) and for all of them (`totalFilters`). */
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: { data(): Promise<PagefindData> }[];
  totalFilters?: FilterCounts;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<PagefindSearch | null>;
}

const MAX_PAGES = 8;
/** How the status names a count of each kind (src/components/search-body.ts), one and many. */
const KIND_WORDS: Record<string, [string, string]> = {
  Note: ['note', 'notes'],
  Contents: ['contents page', 'contents pages'],
  Workflow: ['workflow', 'workflows'],
  'Model index': ['index page', 'index pages'],
  "What's new": ["What's new", "What's new"],
};
/** The choices' order: the notes first, as they rank. */
const KINDS = Object.keys(KIND_WORDS);
const MAX_SECTIONS_PER_PAGE = 3;
// Short: coalesces a burst of keystrokes, yet results follow typing within a frame or two.
const DEBOUNCE_MS = 30;

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let list: HTMLUListElement;
let status: HTMLElement;
let kinds: HTMLFieldSetElement;
/** The kind results are narrowed to, or '' for every kind. */
let kind = '';
let opener: Element | null = null;
let pagefind: Promise<PagefindModule> | undefined;
let latest = 0;
/** The site's base path with a trailing slash, whatever Astro's trailingSlash setting. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await module.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
    await module.init();
    return module;
  })();
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function build(): HTMLDialogElement {
  // The dialog's styles come with this module, so a page that never searches never loads them.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const root = element('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const form = element('form', { role: 'search', method: 'dialog' });
  const label = element('label', { id: 'search-title', for: 'search-input' }, 'Search the notes');
  input = element('input', {
    id: 'search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'GGUF, LoKr, Lightx2v…',
    'aria-describedby': 'search-status',
  });
  const close = element('button', { type: 'button', class: 'search-close' }, 'Close');
  status = element('p', { id: 'search-status', class: 'search-status', role: 'status', 'aria-live': 'polite' });
  list = element('ul', { class: 'search-results', 'aria-label': 'Results' });
  kinds = element('fieldset', { class: 'search-kinds', hidden: '' });
  const hint = element('p', { class: 'search-hint' }, '↑ ↓ to move, Enter to open, Esc to close');
  form.append(label, input, close);
  root.append(form, kinds, status, list, hint);
  kinds.addEventListener('change', (event) => {
    kind = (event.target as HTMLInputElement).value;
    schedule();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  input.addEventListener('input', () => schedule());
  close.addEventListener('click', () => root.close());
  root.addEventListener('keydown', onKeydown);
  // A click on the backdrop (outside the panel) closes, as in other docs sites.
  root.addEventListener('click', (event) => {
    if (event.target === root) root.close();
  });
  root.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  document.body.append(root);
  return root;
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    // A search field would spend the first Escape on clearing itself; here Escape always closes.
    event.preventDefault();
    dialog?.close();
    return;
  }
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  // In the row of kinds the arrows choose a kind, as in any group of radio buttons.
  if (kinds.contains(document.activeElement)) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (links.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = at === -1 ? (step === 1 ? 0 : links.length - 1) : at + step;
    if (next < 0 || next >= links.length) input.focus();
    else links[next]!.focus();
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value.trim()), DEBOUNCE_MS);
}

function renderResult(title: string, section: string | undefined, excerpt: string, url: string, pageKind: string): HTMLLIElement {
  const item = element('li');
  const link = element('a', { href: url });
  const heading = element('span', { class: 'search-result-title' }, title);
  if (section && section !== title) heading.append(element('span', { class: 'search-result-section' }, section));

  const text = element('span', { class: 'search-result-excerpt' });
  // Pagefind's excerpt is escaped page text with the matched words in <mark>.
  text.innerHTML = excerpt;
  // After the title, so a result reads (and its link is named) title first.
  if (pageKind) heading.append(element('span', { class: 'search-result-kind' }, pageKind));
  link.append(heading, text);
  item.append(link);
  return item;
}

/** "3 notes and 1 workflow": how many pages of each kind. */
function countsInWords(counts: Record<string, number>): string {
  const parts = KINDS.filter((name) => counts[name]).map((name) => {
    const [one, many] = KIND_WORDS[name]!;
    return `${counts[name]} ${counts[name] === 1 ? one : many}`;
  });
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The row of kinds, each with its count for this query; shown only where results are of more than one kind. */
function showKinds(counts: Record<string, number>, total: number): void {
  const present = KINDS.filter((name) => counts[name]);
  kinds.hidden = present.length < 2 && !kind;
  const choice = (value: string, text: string) => {
    const option = element('label', { class: 'search-kind' });
    const radio = element('input', { type: 'radio', name: 'search-kind', value });
    radio.checked = value === kind;
    option.append(radio, ` ${text}`);
    return option;
  };
  const focused = kinds.contains(document.activeElement);
  kinds.replaceChildren(
    element('legend', { class: 'sr-only' }, 'Show'),
    choice('', `All (${total})`),
    ...present.map((name) => choice(name, `${KIND_WORDS[name]![1].replace(/^./, (letter) => letter.toUpperCase())} (${counts[name]})`)),
  );
  // The reader choosing with the arrows stays on the choice made.
  if (focused) kinds.querySelector<HTMLInputElement>('input:checked')?.focus();
}

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    kinds.hidden = true;
    return;
  }
  let module: PagefindModule;
  try {
    module = await loadPagefind();
  } catch {
    status.textContent = 'Search needs the index that `npm run build` makes: build the site, then use `npm run preview` (or `npm start`).';
    return;
  }
  // Every kind named, where none is chosen: Pagefind counts the pages of each kind only for a search with a filter.
  const search = await module.search(query, { filters: { kind: kind || { any: KINDS } } });
  if (ticket !== latest || !search) return;
  const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
  if (ticket !== latest) return;
  const items = pages.flatMap((page) => {
    const title = page.meta.title ?? page.url;
    const sections = page.sub_results.slice(0, MAX_SECTIONS_PER_PAGE);
    const pageKind = page.meta.kind ?? '';
    if (sections.length === 0) return [renderResult(title, undefined, page.excerpt, page.url, pageKind)];
    return sections.map((sub) => renderResult(title, sub.title, sub.excerpt, sub.url, pageKind));
  });
  list.replaceChildren(...items);
  const counts = search.totalFilters?.kind ?? {};
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  showKinds(counts, total);
  const count = search.results.length;
  const shown = kind ? { [kind]: count } : counts;
  status.textContent =
    count === 0 ? `No results for “${query}”.` : `${countsInWords(shown)} ${count === 1 ? 'matches' : 'match'} “${query}”.`;
}

/** Opens the dialog; `from` gets focus back when it closes. */
export function openSearch(from: Element | null, initial = ''): void {
  dialog ??= build();
  opener = from;
  if (!dialog.open) dialog.showModal();
  if (initial) input.value = initial;
  input.focus();
  input.select();
  // Start loading the index now, so the first keystroke finds it warm.
  void loadPagefind().catch(() => undefined);
  if (input.value) schedule();
}
