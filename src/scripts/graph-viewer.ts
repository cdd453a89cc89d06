import PhotoSwipe, { type SlideData } from 'photoswipe';
import photoswipeStyles from 'photoswipe/style.css?inline';
import zoomStyles from './image-zoom.css?inline';
import graphStyles from './graph-viewer.css?inline';
import { viewerKeys } from './viewer-keys.ts';

interface PictureSlide extends SlideData {
  /** The picture's file, without a fragment. */
  url: string;
  svg: SVGSVGElement;
}

/** The picture files of the page (the graph's and its subgraphs'), each once, in the page's order. */
function pictureUrls(link: HTMLAnchorElement): string[] {
  const urls = [...document.querySelectorAll<HTMLAnchorElement>('a[data-picture]')].map((picture) => fileOf(picture.href));
  return [...new Set([...urls, fileOf(link.href)])];
}

const fileOf = (href: string): string => href.split('#')[0]!;

const fetched = new Map<string, Promise<SVGSVGElement>>();

/** A picture's file as SVG elements of this page: it was drawn by the build, its every text escaped; its stylesheet is the page's. */
function pictureOf(url: string): Promise<SVGSVGElement> {
  const known = fetched.get(url);
  if (known) return known;
  const loading = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    })
    .then((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
      if (!(parsed instanceof SVGSVGElement)) throw new Error(`${url} is not an SVG picture`);
      return document.importNode(parsed, true);
    });
  fetched.set(url, loading);
  loading.catch(() => fetched.delete(url));
  return loading;
}

let styled = false;

/** The viewer's styles come with this module (through the CSSOM, as the policy allows), so a page whose picture is never opened loads none. */
function addStyles(): void {
  if (styled) return;
  styled = true;
  const sheets = [photoswipeStyles, zoomStyles, graphStyles].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

/** The nodes a link points at: its `#node-N`, or every node of its pack. */
function marked(svg: SVGSVGElement, link: HTMLAnchorElement): SVGGElement[] {
  if (link.dataset.pack)
    return [...svg.querySelectorAll<SVGGElement>('g.n[data-pack]')].filter((node) => node.dataset.pack === link.dataset.pack);
  const id = decodeURIComponent(new URL(link.href).hash.slice(1));
  const node = id ? svg.getElementById(id) : null;
  return node instanceof SVGGElement ? [node] : [];
}

/** What the caption says: the picture, the node marked, or a widget's whole text when it is clicked. */
function captionOf(slide: PictureSlide, nodes: readonly SVGGElement[]): string {
  const title = slide.svg.getAttribute('aria-label') ?? '';
  if (nodes.length === 0) return title;
  const names = nodes.map((node) => node.querySelector('.tt')?.textContent ?? '').filter(Boolean);
  return `${title} · marked: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/**
 * Opens the page's pictures (the graph, then each subgraph) in PhotoSwipe at `link`'s, with the screenshots'
 * gestures: wheel, pinch, drag, `+` `-`, Esc back to where the reader was. A link to a node opens at that node,
 * marked, at a scale where its text reads (a pack's link marks all its nodes); a subgraph's node opens its picture.
 */
export async function openGraph(link: HTMLAnchorElement): Promise<void> {
  addStyles();
  const urls = pictureUrls(link);
  let svgs: SVGSVGElement[];
  try {
    svgs = await Promise.all(urls.map(pictureOf));
  } catch {
    // Offline or moved: the picture on its own, as without script.
    window.location.href = link.href;
    return;
  }
  const items: PictureSlide[] = svgs.map((svg, index) => ({
    url: urls[index]!,
    svg,
    width: svg.width.baseVal.value,
    height: svg.height.baseVal.value,
    alt: svg.getAttribute('aria-label') ?? '',
  }));
  const index = urls.indexOf(fileOf(link.href));
  const nodes = marked(svgs[index]!, link);
  for (const svg of svgs) for (const node of svg.querySelectorAll('g.n.hl')) node.classList.remove('hl');
  for (const node of nodes) node.classList.add('hl');
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const pswp = new PhotoSwipe({
    dataSource: items,
    index,
    wheelToZoom: true,
    bgOpacity: 1,
    // A picture is read at its own size (titles at 14 px), and closer where that is still small.
    secondaryZoomLevel: 1,
    maxZoomLevel: 3,
    // At a node a link points at, the picture opens at its own size; otherwise whole.
    initialZoomLevel: (levels) => (levels.index === index && nodes.length > 0 ? 1 : levels.fit),
    imageClickAction: false,
    tapAction: false,
    doubleTapAction: 'zoom',
    showHideAnimationType: reduced ? 'none' : 'fade',
    // Focus goes back to the link without scrolling, so Esc leaves the reader where they were.
    returnFocus: false,
    zoomAnimationDuration: reduced ? 0 : 250,
    closeTitle: 'Close (Esc)',
    zoomTitle: 'Zoom in or out (+, -)',
    arrowPrevTitle: 'Previous picture (←)',
    arrowNextTitle: 'Next picture (→)',
  });
  pswp.addFilter('isContentZoomable', () => true);
  pswp.addFilter('useContentPlaceholder', () => false);
  pswp.on('contentLoad', (event) => {
    const item = items[event.content.index];
    if (!item) return;
    event.preventDefault();
    const element = document.createElement('div');
    element.className = 'pswp__content pswp__graph';
    element.append(item.svg);
    event.content.element = element;
  });
  // Text selects where the pointer goes down on it; from anywhere else a drag pans.
  pswp.on('pointerDown', (event) => {
    const target = event.originalEvent.target;
    if (event.originalEvent.pointerType === 'mouse' && target instanceof SVGTextContentElement && !target.closest('a'))
      event.preventDefault();
  });

  const onKeydown = viewerKeys(pswp);
  // A subgraph's node opens the subgraph's picture, here rather than as a file.
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    const href = target?.getAttribute('href');
    if (!target || !href || !(target instanceof SVGAElement)) return;
    const to = urls.indexOf(fileOf(new URL(href, items[pswp.currIndex]!.url).href));
    if (to < 0) return;
    event.preventDefault();
    pswp.goTo(to);
  };

  pswp.on('destroy', () => link.focus({ preventScroll: true }));

  pswp.on('uiRegister', () => {
    pswp.element?.setAttribute('aria-modal', 'true');
    pswp.element?.setAttribute('aria-label', 'Workflow graph viewer');
    pswp.element?.addEventListener('keydown', onKeydown);
    pswp.element?.addEventListener('click', onClick);
    pswp.ui?.registerElement({
      name: 'caption',
      order: 9,
      isButton: false,
      appendTo: 'root',
      onInit: (element) => {
        element.setAttribute('aria-live', 'polite');
        const show = () => {
          const slide = items[pswp.currIndex]!;
          element.textContent = captionOf(slide, pswp.currIndex === index ? nodes : []);
        };
        pswp.on('change', show);
        show();
        // A cut value (a prompt, a long file name) is shown whole when its row is clicked.
        pswp.element?.addEventListener('click', (event) => {
          const row = event.target instanceof Element ? event.target.closest('g.w') : null;
          const whole = row?.querySelector('title')?.textContent;
          if (whole) element.textContent = whole;
        });
      },
    });
  });

  // Opened at a node: at the scale it reads at, centred on the node (or the first of a pack's), within the picture's bounds.
  const first = nodes[0];
  if (first) {
    // The node's box from its attributes, which need no layout: the picture is not on screen yet.
    const rect = first.querySelector('rect');
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(rect?.getAttribute(name))) as [
      number,
      number,
      number,
      number,
    ];
    const [left, top] = (items[index]!.svg.getAttribute('viewBox') ?? '0 0').split(' ').map(Number) as [number, number];
    pswp.on('initialZoomPan', ({ slide }) => {
      if (slide.index !== index) return;
      const zoom = slide.currZoomLevel;
      slide.pan.x = slide.bounds.correctPan('x', slide.panAreaSize.x / 2 - (x - left + width / 2) * zoom);
      slide.pan.y = slide.bounds.correctPan('y', slide.panAreaSize.y / 2 - (y - top + height / 2) * zoom);
    });
  }

  pswp.init();
  pswp.element?.focus();
}
