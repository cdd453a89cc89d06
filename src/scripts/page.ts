// The one module every page loads (with Astro's prefetch, in the same file): the theme button and the search entry.
import './theme-toggle.ts';
import './search-entry.ts';
