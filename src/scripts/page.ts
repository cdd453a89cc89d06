// The one module every page loads (with Astro's prefetch, in the same file): the theme button, the search entry and the zoom entry.
import './theme-toggle.ts';
import './search-entry.ts';
import './zoom-entry.ts';
