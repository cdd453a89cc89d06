import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { listSiteFiles } from '../../src/links/site-files.ts';

// Headings such as "2025.12.17" get GitHub's slug "20251217"; HTML allows ids that start with a digit
// ("relaxed" follows the HTML standard), and deep links must match GitHub's.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'valid-id': ['error', { relaxed: true }] } });

describe.each(['rootUrl', 'baseUrl', 'referenceUrl'])('every page of the %s build', (build) => {
  const dir = join(projectRoot, 'dist-test', build);
  const pages = [...listSiteFiles(dir)].filter((file) => file.endsWith('.html'));

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
});

it('the validator catches what it should', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><table><tr><th align="left">a</th></tr></table></body></html>',
  );
  expect(report.valid).toBe(false);
});
