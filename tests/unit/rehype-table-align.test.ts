import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import rehypeTableAlign from '../../src/plugins/rehype-table-align.ts';

it('turns GFM column alignment into classes instead of the obsolete align attribute', async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTableAlign)
      .use(rehypeStringify)
      .process('| a | b | c |\n| :--- | :---: | --- |\n| 1 | 2 | 3 |\n'),
  );
  expect(html).not.toContain('align=');
  expect(html).toContain('<th class="align-left">a</th>');
  expect(html).toContain('<td class="align-center">2</td>');
  expect(html).toContain('<td>3</td>');
});
