// Code blocks and tables are focusable regions in the HTML, so without JavaScript every one can be scrolled
// from the keyboard. Where one fits its column there is nothing to scroll: it gives up its tab stop and its
// landmark, and takes them back when the window narrows.
const regions = document.querySelectorAll<HTMLElement>('[data-scroll-region]');

function fit(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth;
  const label = box.dataset.scrollLabel ?? box.getAttribute('aria-label') ?? '';
  box.dataset.scrollLabel = label;
  if (scrolls) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', label);
  } else if (document.activeElement !== box) {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

if (regions.length > 0) {
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target as HTMLElement)));
  regions.forEach((box) => observer.observe(box));
}
