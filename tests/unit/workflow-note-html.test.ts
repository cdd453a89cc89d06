import { describe, expect, it } from 'vitest';
import { workflowNoteHtml } from '../../src/workflows/workflow-note-html.ts';

const render = (markdown: string) => workflowNoteHtml(markdown, { prefix: 'wf-note-0-', top: 4 });

describe('workflowNoteHtml', () => {
  it('renders a MarkdownNote’s Markdown: emphasis, lists, links, tables in a scroll box', async () => {
    const html = await render('## Models\n\n- **High**: [repo](https://huggingface.co/a/b)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toContain('<h4 id="wf-note-0-models">Models</h4>');
    expect(html).toContain('<strong>High</strong>: <a href="https://huggingface.co/a/b" rel="nofollow noopener noreferrer">repo</a>');
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table: a, b"');
  });

  it('passes on no HTML, script, handler or javascript: URL from the file, and no image from elsewhere', async () => {
    const html = await render(
      'Text <b onclick="x()">bold</b> <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) ![cat](https://example.org/cat.png)\n',
    );
    expect(html).not.toMatch(/<script|<img|<b\b|onclick|onerror|javascript:/);
    expect(html).toContain('<a href="https://example.org/cat.png" rel="nofollow noopener noreferrer">cat</a>');
    expect(html).toContain('<a>bad</a>');
  });

  it('puts the note’s highest heading at the level it is given, the rest below it in step', async () => {
    expect(await render('### A\n\n#### B\n')).toBe('<h4 id="wf-note-0-a">A</h4>\n<h5 id="wf-note-0-b">B</h5>');
    expect(await workflowNoteHtml('# A\n\n# A\n', { prefix: 'p-', top: 3 })).toBe('<h3 id="p-a">A</h3>\n<h3 id="p-a-1">A</h3>');
  });

  it('leads a fragment to the id the page gives the heading, a footnote to its note and back, and an unknown fragment nowhere', async () => {
    const html = await render('## Setup\n\nSee [setup](#setup), [missing](#nowhere) and a claim.[^1]\n\n[^1]: The source.\n');
    expect(html).toContain('<h4 id="wf-note-0-setup">Setup</h4>');
    expect(html).toContain('<a href="#wf-note-0-setup" rel="nofollow noopener noreferrer">setup</a>');
    expect(html).toContain('<a>missing</a>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(fragments.length).toBeGreaterThanOrEqual(3);
    // Every fragment reaches an id of the note's, each once on the page, all the page's own.
    for (const fragment of fragments) expect(ids).toContain(fragment);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id?.startsWith('wf-note-0-'))).toBe(true);
    expect(html).not.toContain('user-content-');
  });

  it('sends a relative link where it is told, else makes it text', async () => {
    const told = await workflowNoteHtml('[readme](README.md) and [tool](tool.zip)', {
      prefix: 'p-',
      top: 3,
      resolveRelative: (href) => (href === 'README.md' ? '/workflows/' : undefined),
    });
    expect(told).toContain('<a href="/workflows/" rel="nofollow noopener noreferrer">readme</a>');
    expect(told).toContain('<a>tool</a>');
    expect(await render('[readme](README.md)')).toContain('<a>readme</a>');
  });
});
