// A workflow page's viewer costs nothing until it is used: this only listens, and loads the viewer on the first click (or
// Enter) on a link to the picture or to a node in it; a modified click still opens the file. Without JavaScript the
// link opens the picture on its own, at the node.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-graph]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void import('./graph-viewer.ts').then(({ openGraph }) => openGraph(link));
});
