// Search costs nothing until it is used: this only listens, and loads the dialog on demand.
// Without JavaScript the entry stays a link to the list of notes.
const entry = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const open = (from: Element | null) => import('./search-dialog.ts').then((search) => search.openSearch(from));
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

if (entry) {
  entry.setAttribute('role', 'button');
  entry.setAttribute('aria-haspopup', 'dialog');
  entry.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  entry.addEventListener('click', (event) => {
    event.preventDefault();
    void open(entry);
  });
  entry.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      void open(entry);
    }
  });
}
document.addEventListener('keydown', (event) => {
  const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  void open(document.activeElement);
});

// Arriving from a search result: mark the searched words on this page (styled by site.css, not an inline <style>).
if (new URLSearchParams(location.search).has('highlight')) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
  );
}
