import type { APIRoute } from 'astro';
import css from '../styles/workflow-graph.css?raw';

/** The workflow pictures' stylesheet, for the pictures published as files of their own (the pages bundle the same file). */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
