import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemIn } from '../../src/render/note-problem.ts';

const file = join(process.cwd(), 'content/broken.mdx');

describe('problemIn', () => {
  it("starts a parser's message with the file, and its place where the message ends with one", () => {
    expect(problemIn(file, new Error('Expected a closing tag for `<Callout>` (3:1-3:22)'))).toBe(
      'content/broken.mdx:3:1 Expected a closing tag for `<Callout>`',
    );
    expect(problemIn(file, Object.assign(new Error('Could not parse expression with acorn'), { line: 3, column: 9 }))).toBe(
      'content/broken.mdx:3:9 Could not parse expression with acorn',
    );
    expect(problemIn(file, new Error('something odd'))).toBe('content/broken.mdx: something odd');
  });

  it('leaves lines that name the file already as they are', () => {
    expect(problemIn(file, new Error('content/broken.mdx:2 front matter field "order": expected a whole number\nplain'))).toBe(
      'content/broken.mdx:2 front matter field "order": expected a whole number\ncontent/broken.mdx: plain',
    );
  });
});
