import PhotoSwipe, { type SlideData } from 'photoswipe';
import photoswipeStyles from 'photoswipe/style.css?inline';
import zoomStyles from './image-zoom.css?inline';
import { viewerKeys } from './viewer-keys.ts';

/** A placeholder size for an image whose full size is not known until it loads (raw HTML, remote images). */
const UNKNOWN = { width: 1600, height: 1000 };

interface ZoomItem extends SlideData {
  /** Whether the width and height are the full image's, or a placeholder until it loads. */
  known: boolean;
}

/**
 * The full size of a linked image: Astro's images carry the original's width and height; an image the
 * page shows whole (no srcset) has it as its natural size once loaded; any other waits for its file.
 */
function itemOf(link: HTMLAnchorElement): ZoomItem {
  const img = link.querySelector('img');
  const alt = img?.alt ?? '';
  const width = Number(img?.getAttribute('width'));
  const height = Number(img?.getAttribute('height'));
  if (img?.hasAttribute('data-astro-image') && width > 0 && height > 0)
    return { src: link.href, width, height, alt, known: true, element: link };
  if (img && !img.srcset && img.complete && img.naturalWidth > 0)
    return { src: link.href, width: img.naturalWidth, height: img.naturalHeight, alt, known: true, element: link };
  return { src: link.href, ...UNKNOWN, alt, known: false, element: link };
}

let styled = false;

/** The viewer's styles come with this module (through the CSSOM, as the policy allows), so a page whose images are never opened loads none. */
function addStyles(): void {
  if (styled) return;
  styled = true;
  const sheets = [photoswipeStyles, zoomStyles].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

/** Opens the page's images in PhotoSwipe at `link`'s, each at full resolution, fitted to the screen. */
export function openZoom(link: HTMLAnchorElement): void {
  addStyles();
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-zoom]')];
  const items = links.map(itemOf);
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const pswp = new PhotoSwipe({
    dataSource: items,
    index: Math.max(0, links.indexOf(link)),
    wheelToZoom: true,
    bgOpacity: 1,
    showHideAnimationType: reduced ? 'none' : 'zoom',
    zoomAnimationDuration: reduced ? 0 : 250,
    closeTitle: 'Close (Esc)',
    zoomTitle: 'Zoom in or out (+, -)',
    arrowPrevTitle: 'Previous image (←)',
    arrowNextTitle: 'Next image (→)',
    errorMsg: 'The image cannot be loaded.',
  });

  const onKeydown = viewerKeys(pswp);

  pswp.on('uiRegister', () => {
    // A named modal dialog for screen readers; PhotoSwipe gives it the role only.
    pswp.element?.setAttribute('aria-modal', 'true');
    pswp.element?.setAttribute('aria-label', 'Image viewer');
    pswp.element?.addEventListener('keydown', onKeydown);
    pswp.ui?.registerElement({
      name: 'caption',
      order: 9,
      isButton: false,
      appendTo: 'root',
      onInit: (element) => {
        // The alt text as written, as text: never markup.
        const show = () => {
          element.textContent = String(items[pswp.currIndex]?.alt ?? '');
          element.hidden = !element.textContent;
        };
        pswp.on('change', show);
        show();
      },
    });
  });

  // An image whose size was a placeholder: once its file has loaded, it is shown at its own size.
  pswp.on('contentLoadImage', ({ content }) => {
    const item = items[content.index];
    const image = content.element;
    if (!item || item.known || !(image instanceof HTMLImageElement)) return;
    image.addEventListener(
      'load',
      () => {
        item.width = image.naturalWidth;
        item.height = image.naturalHeight;
        item.known = true;
        pswp.refreshSlideContent(content.index);
      },
      { once: true },
    );
  });

  pswp.init();
  // At once, not after the opening animation as PhotoSwipe does: a key pressed meanwhile stays in the viewer.
  pswp.element?.focus();
}
