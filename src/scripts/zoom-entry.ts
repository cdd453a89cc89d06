// The zoom viewer costs nothing until it is used: this only listens, and loads the viewer on the first click (or
// Enter) on an image link; a modified click still opens the file. Without JavaScript the link opens the full image.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-zoom]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void import('./image-zoom.ts').then(({ openZoom }) => openZoom(link));
});
