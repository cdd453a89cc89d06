import { listSiteFiles } from '../../src/links/scan-site.ts';
import { builtSite, type SiteKey } from './build-site.ts';

/** Every page of a site global setup built (`''`, `start/`, …), plus a missing one for the 404 page. */
export function sitePages(key: SiteKey): string[] {
  const pages = [...listSiteFiles(builtSite(key))]
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
  return [...pages, 'no-such-page/'];
}
