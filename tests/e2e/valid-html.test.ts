import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listSiteFiles } from '../../src/links/scan-site.ts';
import { builtSite, type SiteKey } from '../helpers/build-site.ts';
import { referenceNotes, skipReason } from '../helpers/owner-notes.ts';

// Headings such as "2025.12.17" get GitHub's slug "20251217"; HTML allows ids that start with a digit
// ("relaxed" follows the HTML standard), and deep links must match GitHub's.
// A code block is a named region on its own <pre> (where Shiki makes it focusable), a table on a <div> around it: a
// <section> would need a wrapper for every code block.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'valid-id': ['error', { relaxed: true }], 'prefer-native-element': ['error', { exclude: ['region'] }] },
});

function validatesEveryPage(key: SiteKey): void {
  const dir = builtSite(key);
  // A site that was not built (the owner's notes, when not named) has no pages; its group is skipped.
  const pages = existsSync(dir) ? [...listSiteFiles(dir)].filter((file) => file.endsWith('.html')) : [];

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('%s is valid HTML (html-validate, recommended rules)', async (page) => {
    const report = await validator.validateFile(join(dir, page));
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `${page}:${message.line} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('gives every heading on its pages an id, for a deep link to it', () => {
    const without = pages.flatMap((page) =>
      parse(readFileSync(join(dir, page), 'utf8'))
        .querySelectorAll('h1, h2, h3, h4, h5, h6')
        .filter((heading) => !heading.id)
        .map((heading) => `${page}: <${heading.tagName.toLowerCase()}>${heading.text.trim()}`),
    );
    expect(without).toEqual([]);
  });
}

// The repository build has folder READMEs, nesting and broken hrefs kept as written.
describe.each(['siteUrl', 'baseUrl', 'contentUrl', 'repositoryUrl'] as const)('every page of the %s build', validatesEveryPage);

describe.skipIf(!referenceNotes)(`every page of the owner’s notes (${referenceNotes ? 'REFERENCE_NOTES' : skipReason.reference})`, () =>
  validatesEveryPage('referenceUrl'),
);

it('the validator catches what it should', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><table><tr><th align="left">a</th></tr></table></body></html>',
  );
  expect(report.valid).toBe(false);
});
