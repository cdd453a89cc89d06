import type PhotoSwipe from 'photoswipe';

/** How much `+` and `-` zoom by. */
const STEP = 1.5;

/**
 * A viewer's keys, handled on its element from the moment it opens (PhotoSwipe binds its own only once the opening
 * animation has ended, which waits for the content): Tab goes round the viewer's buttons and links, where the
 * browser would leave the page past the last one; `←` `→` page through the slides; `+` `-` zoom; Esc closes.
 * The rest (↑ ↓ pan a zoomed slide, z zooms) is PhotoSwipe's.
 */
export function viewerKeys(pswp: PhotoSwipe): (event: KeyboardEvent) => void {
  return (event) => {
    const slide = pswp.currSlide;
    if (event.key === 'Tab') {
      const stops = [
        ...(pswp.element?.querySelectorAll<HTMLElement | SVGElement>('button') ?? []),
        ...(slide?.container.querySelectorAll<SVGElement>('a[href]') ?? []),
      ].filter((stop) => stop.getClientRects().length > 0);
      if (stops.length === 0) return;
      const at = stops.indexOf(document.activeElement as HTMLElement);
      stops[event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length]!.focus();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      if (event.key === 'ArrowLeft') pswp.prev();
      else pswp.next();
    } else if (event.key === 'Escape') {
      pswp.close();
    } else if (slide && (event.key === '+' || event.key === '=' || event.key === '-')) {
      const { fit, max } = slide.zoomLevels;
      const target = event.key === '-' ? slide.currZoomLevel / STEP : slide.currZoomLevel * STEP;
      slide.zoomTo(Math.min(max, Math.max(fit, target)), undefined, pswp.options.zoomAnimationDuration);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
