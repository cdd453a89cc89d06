// Link previews cost nothing until used: this only listens, where a pointer can hover (never on a touch screen),
// and loads the preview on the first hover or focus of a link to another note. Without JavaScript a link is a link.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A link in a note's text to another note's page (or a heading in it): same site, no file extension, not an index. */
function noteLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('.prose a[href]') : null;
  if (!link || link.origin !== location.origin || !link.pathname.startsWith(base) || link.pathname === location.pathname) return undefined;
  const path = link.pathname.slice(base.length);
  if (/\.\w+$/.test(path) || /^(workflow|models|pagefind|whats-new)(\/|$)/.test(path) || link.hasAttribute('data-zoom')) return undefined;
  return link;
}

if (matchMedia('(hover: hover)').matches) {
  for (const type of ['mouseover', 'focusin'] as const) {
    document.addEventListener(type, (event) => {
      const link = noteLink(event.target);
      if (link) void import('./link-preview.ts').then(({ previewSoon }) => previewSoon(link, type === 'focusin'));
    });
  }
}

export {};
