// The one module every page loads (with Astro's prefetch, in the same file): the theme button, the search entry, the zoom
// entry, the scroll regions' tab stops, the code blocks' Copy buttons and the link previews' entry.
import './theme-toggle.ts';
import './search-entry.ts';
import './zoom-entry.ts';
import './scroll-regions.ts';
import './copy-code.ts';
import './preview-entry.ts';
