/**
 * The widths a note's image is encoded at: the device pixels of the column it fills on a phone at 1×, 2× and 3×
 * (358, 716 and 1,074 px) and a desktop at 1× and 2× (736 and 1,472 px), each within a third of what it needs. None is
 * wider than the original (Astro leaves those out); the zoom viewer opens the original file itself.
 */
export const IMAGE_WIDTHS = [480, 750, 1100, 1500];

/**
 * How wide an image `width` px wide is shown, as src/styles/site.css lays the column out: the page less its padding
 * on a phone; beside the sidebar (15rem, padding 2.5rem each side) from 50rem; beside "On this page" too (14rem) from
 * 75rem; never over 48rem, nor over the image's own width. Without a width, the column's.
 */
export function columnSizes(width?: number): string {
  const own = width ? `${width}px, ` : '';
  return [
    `(min-width: 75rem) min(${own}48rem, calc(100vw - 34rem))`,
    `(min-width: 50rem) min(${own}48rem, calc(100vw - 20rem))`,
    width ? `min(${own}calc(100vw - 2rem))` : 'calc(100vw - 2rem)',
  ].join(', ');
}
