import { expect, it } from 'vitest';
import { lineLocator } from '../../src/text/line-locator.ts';

it('gives 1-based line and column for offsets on the first, middle and last lines', () => {
  const locate = lineLocator('ab\ncde\n\nf');
  expect(locate(0)).toEqual({ line: 1, column: 1 });
  expect(locate(1)).toEqual({ line: 1, column: 2 });
  expect(locate(3)).toEqual({ line: 2, column: 1 });
  expect(locate(5)).toEqual({ line: 2, column: 3 });
  expect(locate(7)).toEqual({ line: 3, column: 1 });
  expect(locate(8)).toEqual({ line: 4, column: 1 });
});
