import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeScrollRegions from '../../src/plugins/rehype-scroll-regions.ts';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeScrollRegions).use(rehypeStringify).process(markdown));

describe('rehype-scroll-regions', () => {
  it('makes a code block a focusable region named by its language', async () => {
    expect(await render('```python\nprint(1)\n```\n')).toBe(
      '<pre role="region" aria-label="Code (python)" tabindex="0" data-scroll-region=""><code class="language-python">print(1)\n</code></pre>',
    );
    expect(await render('    plain\n')).toContain('<pre role="region" aria-label="Code" tabindex="0" data-scroll-region="">');
    // Each landmark has a name of its own.
    expect((await render('    one\n\ntext\n\n    two\n')).match(/aria-label="[^"]+"/g)).toEqual([
      'aria-label="Code"',
      'aria-label="Code (2)"',
    ]);
  });

  it('wraps a table in a focusable region named by its column headings, so the table keeps its own role', async () => {
    const html = await render('| LoRA | Strength |\n| --- | --- |\n| `a.safetensors` | 1.0 |\n');
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-label="Table: LoRA, Strength" tabindex="0" data-scroll-region=""><table>.*<\/table><\/div>$/s,
    );
    expect(html.match(/<table>/g)).toHaveLength(1);
  });

  it('names a table by its caption where it has one, and clips a long name', async () => {
    const hast = {
      type: 'root' as const,
      children: [
        {
          type: 'element' as const,
          tagName: 'table',
          properties: {},
          children: [
            { type: 'element' as const, tagName: 'caption', properties: {}, children: [{ type: 'text' as const, value: 'Speeds' }] },
          ],
        },
      ],
    };
    rehypeScrollRegions()(hast);
    expect(hast.children[0]).toMatchObject({ tagName: 'div', properties: { ariaLabel: 'Table: Speeds' } });
    const long = await render(`| ${'Wan21_T2V_14B_lightx2v_cfg_step_distill_lora_rank32 | '.repeat(3)}\n| --- | --- | --- |\n`);
    expect(long).toContain(`aria-label="Table: Wan21_T2V_14B_lightx2v_cfg_step_distill_lora_rank32…"`);
  });
});
