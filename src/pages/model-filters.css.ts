import type { APIRoute } from 'astro';
import { modelFilterCss } from '../models/model-filter-css.ts';
import { FAMILIES } from '../models/model-family.ts';
import { HOSTS } from '../models/model-hosts.ts';

/** The model index's filter rules, one per family and host (see filter-css.ts). */
export const GET: APIRoute = () =>
  new Response(
    modelFilterCss(
      [...FAMILIES.map((family) => family.id), 'other'],
      HOSTS.map((host) => host.id),
    ),
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
