import { createHash } from 'node:crypto';
/**
 * The site's Content-Security-Policy. Images may come from any https host because
 * notes link screenshots from their source repository.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
];

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * The whole policy, as each page's <meta> carries it. Written by us rather than by
 * Astro's CSP option, which also allows by hash every script Astro could inline
 * (island loaders the site never uses): half a kilobyte of hashes on every page.
 * Scripts are the site's own files, Pagefind's WebAssembly and, by hash, the inline
 * scripts (the theme script, which must run before the first paint); styles only the
 * site's own files.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...inlineScripts.map(hash)].join(' ');
  return [...CSP_DIRECTIVES, `script-src ${scripts}`, "style-src 'self'"].join('; ');
}

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const STATIC_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
} as const;
