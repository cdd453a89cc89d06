import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readContents } from '../../src/notes/read-contents.ts';

const contents = (markdown: string) => readContents(unified().use(remarkParse).use(remarkGfm).parse(markdown));

describe('readContents', () => {
  it('makes each section heading a group of its lists, in order', () => {
    expect(
      contents('# Notes\n\nIntro.\n\n## News\n\n- [SVI](svi.md) — the latest\n\n## 2025\n\n* [Old](old.md)\n* [Older](older.md)\n'),
    ).toEqual([
      { label: 'News', anchor: 'news', items: [{ label: 'SVI', href: 'svi.md', children: [] }] },
      {
        label: '2025',
        anchor: '2025',
        items: [
          { label: 'Old', href: 'old.md', children: [] },
          { label: 'Older', href: 'older.md', children: [] },
        ],
      },
    ]);
  });

  it('nests as the lists nest; a line without a link labels its children; a link to a heading is kept', () => {
    const markdown =
      '## Models\n\n- LTX\n  - [LTX 2.3](ltx-23.md)\n    - [LTX 2.3 News](ltx-23.md#news)\n- Just a remark\n- [Talkies](talkies/README.md)\n  - [HuMo](talkies/humo.md)\n';
    expect(contents(markdown)).toEqual([
      {
        label: 'Models',
        anchor: 'models',
        items: [
          {
            label: 'LTX',
            children: [
              { label: 'LTX 2.3', href: 'ltx-23.md', children: [{ label: 'LTX 2.3 News', href: 'ltx-23.md#news', children: [] }] },
            ],
          },
          { label: 'Talkies', href: 'talkies/README.md', children: [{ label: 'HuMo', href: 'talkies/humo.md', children: [] }] },
        ],
      },
    ]);
  });

  it('keeps lists before the first section unlabelled, and gives repeated headings the ids rehype-slug gives', () => {
    expect(contents('# T\n\n- [A](a.md)\n\n## Loras\n\n## Loras\n\n- [**B** `b`](b.md)\n')).toEqual([
      { items: [{ label: 'A', href: 'a.md', children: [] }] },
      { label: 'Loras', anchor: 'loras-1', items: [{ label: 'B b', href: 'b.md', children: [] }] },
    ]);
  });
});
