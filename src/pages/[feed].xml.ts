import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../news/atom-feed.ts';
import { getNews } from '../data/get-news.ts';
import { settings } from '../site.ts';

// A feed needs absolute URLs: without SITE there is none (src/integrations/feed-notice.ts says so once).
export const getStaticPaths = (() => (settings.site ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { entries } = await getNews();
  const siteUrl = new URL(settings.base, settings.site).href;
  const body = atomFeed({ entries, siteUrl, name: settings.name, tagline: settings.tagline });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
