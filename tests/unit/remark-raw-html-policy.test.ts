import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRawHtmlPolicy from '../../src/plugins/remark-raw-html-policy.ts';

async function check(markdown: string, mdx = false): Promise<void> {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkRawHtmlPolicy);
  const file = new VFile({ value: markdown, path: `${process.cwd()}/content/note.md` });
  await processor.run(processor.parse(file), file);
}

describe('remark-raw-html-policy', () => {
  it('allows markup such as details, sup, kbd, br, img and links', async () => {
    await expect(
      check(
        '<details><summary>More</summary>\n\nText <sup>1</sup> <kbd>Ctrl</kbd><br>\n\n</details>\n\n<img src="a.png" alt="a" width="20">\n',
      ),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['# T\n\n<script>alert(1)</script>\n', 'content/note.md:3 <script> is not allowed in notes'],
    ['# T\n\ntext\n\n<div>\n<iframe src="https://example.org"></iframe>\n</div>\n', 'content/note.md:6 <iframe> is not allowed in notes'],
    [
      '# T\n\n<img src="x.png" onerror="alert(1)">\n',
      'content/note.md:3 the onerror attribute on <img> is not allowed (no scripts in notes)',
    ],
    [
      '# T\n\n<p style="color:red">red</p>\n',
      "content/note.md:3 the style attribute on <p> is not allowed (the site's Content-Security-Policy blocks inline styles)",
    ],
    ['# T\n\nInline <a href="javascript:alert(1)">x</a> link.\n', 'content/note.md:3 a javascript: URL in href on <a> is not allowed'],
    ['# T\n\n<style>p { color: red }</style>\n', 'content/note.md:3 <style> is not allowed in notes'],
  ])('refuses %j', async (markdown, message) => {
    await expect(check(markdown)).rejects.toThrow(message);
  });

  it('applies the same rules to HTML written as JSX in MDX, and leaves components alone', async () => {
    await expect(check('# T\n\n<Callout type="tip">ok</Callout>\n', true)).resolves.toBeUndefined();
    // A component's props are its own business: `onToggle` is not an HTML event attribute there.
    await expect(check('# T\n\n<Callout type="tip" onToggle="x">ok</Callout>\n', true)).resolves.toBeUndefined();
    await expect(check('# T\n\n<script>{"alert(1)"}</script>\n', true)).rejects.toThrow(
      'content/note.md:3 <script> is not allowed in notes',
    );
    await expect(check('# T\n\n<span onClick="x">a</span>\n', true)).rejects.toThrow('the onClick attribute on <span> is not allowed');
  });
});
