// The one module every page loads (with Astro's prefetch, in the same file): the theme button, the search entry, the zoom
// entries (screenshots', workflow graphs'), the scroll regions' tab stops, the code blocks' Copy buttons and the link
// previews' entry. A workflow page's entry is here too: a script of its own would split the loader they share into a
// second file every page loads.
import './theme-toggle.ts';
import './search-entry.ts';
import './zoom-entry.ts';
import './graph-entry.ts';
import './scroll-regions.ts';
import './copy-code.ts';
import './preview-entry.ts';
