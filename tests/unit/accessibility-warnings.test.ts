import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { accessibilityWarnings } from '../../src/notes/accessibility-warnings.ts';

const warnings = (markdown: string) =>
  accessibilityWarnings(unified().use(remarkParse).use(remarkGfm).parse(markdown)).map((w) => `${w.line}:${w.column} ${w.message}`);

describe('accessibilityWarnings', () => {
  it('finds a heading that skips a level, counting the page title as the first', () => {
    expect(warnings('# T\n\n## A\n\n### B\n\n## C\n\n#### D\n')).toEqual([
      '9:1 heading level 4 follows level 2, skipping 1: screen readers navigate by level; use ###',
    ]);
    expect(warnings('### First\n')).toEqual(['1:1 heading level 3 follows level 1, skipping 1: screen readers navigate by level; use ##']);
    expect(warnings('# T\n\n## A\n\n## B\n\n### C\n')).toEqual([]);
  });

  it('finds an image whose alt repeats the text of its link, paragraph or cell', () => {
    expect(warnings('[![uni3c](a.webp) uni3c](a.webp)\n\n| x |\n| - |\n| ![Chart](c.png) chart |\n')).toEqual([
      '1:2 the image\'s alt text "uni3c" repeats the text beside it, so screen readers read it twice; describe the image, or use an empty alt',
      '5:3 the image\'s alt text "Chart" repeats the text beside it, so screen readers read it twice; describe the image, or use an empty alt',
    ]);
    expect(warnings('![A workflow graph](a.webp)\n\n[![shot](a.png) the full screenshot](a.png)\n\n![](b.png) b\n')).toEqual([]);
  });
});
