import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroConfig, CspHash } from 'astro';

type Directives = NonNullable<Exclude<NonNullable<AstroConfig['security']['csp']>, boolean>['directives']>;

/**
 * The site's Content-Security-Policy, beside what Astro adds itself (script-src and
 * style-src with hashes). Images may come from any https host because notes link
 * screenshots from their source repository.
 */
export const CSP_DIRECTIVES: Directives = [
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

/** The theme script is inlined in <head> (it must run before the first paint), so the policy allows it by its hash. */
export function themeScriptHash(): CspHash {
  const script = readFileSync(new URL('../scripts/theme.js', import.meta.url), 'utf8');
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const STATIC_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
} as const;
