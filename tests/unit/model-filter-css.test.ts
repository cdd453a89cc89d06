import { describe, expect, it } from 'vitest';
import { modelFilterCss } from '../../src/models/model-filter-css.ts';

describe('modelFilterCss', () => {
  it('hides the other families and hosts when one is chosen, one rule each', () => {
    const css = modelFilterCss(['wan-2-2', 'other'], ['civitai']);
    expect(css).toBe(
      [
        ".models:has(#family-wan-2-2:checked) .family-group:not([data-family='wan-2-2']),",
        ".models:has(#family-other:checked) .family-group:not([data-family='other']),",
        ".models:has(#host-civitai:checked) :is(.model-row:not([data-host='civitai']), .family-group:not(:has([data-host='civitai']))) {",
        '  display: none;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing when there is nothing to filter', () => {
    expect(modelFilterCss([], [])).toBe('');
  });
});
