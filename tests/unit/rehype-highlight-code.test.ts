import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeHighlightCode from '../../src/plugins/rehype-highlight-code.ts';
import { workflowNoteHtml } from '../../src/workflows/workflow-note-html.ts';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkRehype).use(rehypeHighlightCode).use(rehypeStringify).process(markdown));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehype-highlight-code', () => {
  it.for([
    [
      'python',
      'import torch  # load\nw = load_file("Wan2.2-I2V-A14B-HIGH_lightx2v_4steps_lora_rank64.safetensors")\n',
      ['pl-k', 'pl-c', 'pl-s'],
    ],
    ['json', '{ "lora": "a.safetensors", "strength": 1.0 }\n', ['pl-s', 'pl-c1']],
    ['bash', 'pip install -U "diffusers>=0.35" && echo $HOME\n', ['pl-k', 'pl-s', 'pl-smi']],
    ['yaml', 'model: wan2.2  # high noise\nsteps: 4\n', ['pl-ent', 'pl-c', 'pl-c1']],
    ['js', 'const steps = 4; // fast\n', ['pl-k', 'pl-c', 'pl-c1']],
    ['diff', '- strength: 1.0\n+ strength: 0.8\n', ['pl-md', 'pl-mi1']],
  ] as const)('colours %s by GitHub’s class names, its text unchanged, with no style attribute', async ([language, code, classes]) => {
    const html = await render(`\`\`\`${language}\n${code}\`\`\`\n`);
    for (const name of classes) expect(html).toContain(`class="${name}"`);
    expect(html).not.toContain('style=');
    expect(text(html)).toBe(
      text(
        await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(`\`\`\`${language}\n${code}\`\`\`\n`).then(String),
      ),
    );
  });

  it('leaves plain text, an unknown language, inline code and a block without a language as they are', async () => {
    const markdown =
      '```text\nimport torch\n```\n\n```comfy-graph\nKSampler -> VAE\n```\n\n```\nimport torch\n```\n\nInline `import torch`.\n';
    expect(await render(markdown)).not.toContain('pl-');
  });

  it('colours a workflow note’s code too, after rehype-sanitize', async () => {
    const html = await workflowNoteHtml('```python\nimport torch\n```\n', { prefix: 'p-', top: 3 });
    expect(html).toContain('<span class="pl-k">import</span>');
  });
});
