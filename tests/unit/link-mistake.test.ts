import { describe, expect, it } from 'vitest';
import { linkMistake } from '../../src/notes/link-mistake.ts';

describe('linkMistake', () => {
  it.each([
    ['screenshots\\ck-load-audio-and-split-1.png', 'uses \\ where links need /: write "screenshots/ck-load-audio-and-split-1.png"'],
    ['www.youtube.com/watch?v=abc', 'is a web address without its scheme: write "https://www.youtube.com/watch?v=abc"'],
    ['Nekodificador/https://x.com/Nekodificador/status/1', 'is a path glued to a URL: write "https://x.com/Nekodificador/status/1"'],
    ['..screenshots/nodes/x.webp', 'misses the slash after "..": write "../screenshots/nodes/x.webp"'],
  ])('%s %s', (written, advice) => {
    expect(linkMistake(written)).toBe(advice);
  });

  it.each(['screenshots/x.png', '../screenshots/x.png', './a.md#b', 'a..b.md', 'notes/https-guide.md'])(
    'finds nothing wrong with %s',
    (written) => {
      expect(linkMistake(written)).toBeUndefined();
    },
  );
});
