import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import rehypeEmptyHeaderCells from '../../src/plugins/rehype-empty-header-cells.ts';

it('makes a blank header cell a plain cell, the headers beside it heads of their columns, and leaves a table without one as it is', async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeEmptyHeaderCells)
      .use(rehypeStringify)
      .process('|   | High | ![low](l.png) |\n| --- | --- | --- |\n| steps | 4 | 4 |\n'),
  );
  expect(html).toContain('<thead>\n<tr>\n<td></td>\n<th scope="col">High</th>\n<th scope="col"><img src="l.png" alt="low"></th>');
  expect(html).toContain('<td>steps</td>');
  const plain = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeEmptyHeaderCells)
      .use(rehypeStringify)
      .process('| a | b |\n| - | - |\n| 1 | 2 |\n'),
  );
  expect(plain).toContain('<th>a</th>\n<th>b</th>');
});
