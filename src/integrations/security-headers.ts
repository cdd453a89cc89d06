import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { STATIC_HEADERS } from '../security/policy.ts';

/** The Content-Security-Policy a page carries in its `<meta http-equiv>`, read with an HTML parser. */
function metaPolicy(html: string): string | undefined {
  let policy: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') policy ??= attributes.content;
    },
  });
  parser.end(html);
  return policy;
}

/**
 * Writes `dist/_headers` with the same Content-Security-Policy the pages carry in
 * their <meta> (read back from the built home page, so the two never differ),
 * plus what only a header can say: frame-ancestors and the other security headers.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'lora-notes:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const home = readFileSync(join(site, 'index.html'), 'utf8');
        const policy = metaPolicy(home);
        if (!policy) throw new Error('The built home page has no Content-Security-Policy <meta>; check src/components/Head.astro.');
        const csp = `${policy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
        const headers = { 'Content-Security-Policy': csp, ...STATIC_HEADERS };
        const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
        writeFileSync(join(site, '_headers'), lines.join('\n'));
        logger.info(`_headers: ${Object.keys(headers).length} headers for every page, the Content-Security-Policy as in the pages' <meta>`);
      },
    },
  };
}
