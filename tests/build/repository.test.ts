import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureRepository, projectRoot, repositoryEnv } from '../helpers/build-site.ts';

describe('a whole notes repository built from its root', () => {
  it('reports exactly the links broken on GitHub too, each once at its own line, with the fix, and fails', async () => {
    const result = await buildSite(repositoryEnv);
    expect(result.ok).toBe(false);
    const at = `${relative(projectRoot, fixtureRepository)}/`;
    const report = result.output
      .split('\n')
      .filter((line) => (line.startsWith(at) && /^\S+:\d+:\d+ "/.test(line)) || /^\d+ broken links? /.test(line))
      .map((line) => line.slice(line.startsWith(at) ? at.length : 0));
    expect(report).toEqual([
      'mistakes.md:5:20 "wan-animates.md#scail" has no heading or id #scail on /wan-animates/; did you mean "wan-animates.md#scail-2"?',
      'mistakes.md:6:16 "svi.md#2025.12.04" has no heading #2025.12.04 on /svi/: heading ids are lowercase, without dots or other punctuation, as on GitHub; did you mean "svi.md#20251204"?',
      'mistakes.md:7:14 "screenshots\\ck-load-audio.png" uses \\ where links need /: write "screenshots/ck-load-audio.png"',
      'mistakes.md:8:14 "www.youtube.com/watch?v=abc" is a web address without its scheme: write "https://www.youtube.com/watch?v=abc"',
      'mistakes.md:9:14 "Nekodificador/https://x.com/nekodificador" is a path glued to a URL: write "https://x.com/nekodificador"',
      'mistakes.md:10:18 "..screenshots/nodes/lora-loader.webp" misses the slash after "..": write "../screenshots/nodes/lora-loader.webp"',
      'mistakes.md:11:19 "screenshots/sdpose.web" goes to an image that does not exist; did you mean "screenshots/sdpose.webp"?',
      'mistakes.md:12:17 "hunyuan.md" goes to a note that does not exist',
      'mistakes.md:13:26 "../outside.md" goes above the repository root (https://github.com/owner/notes/blob/main/), which is broken on the repository\'s host too; remove a "../"',
      'mistakes.md:14:20 "../screenshots/x.webp" goes above the repository root (https://github.com/owner/notes/blob/main/), which is broken on the repository\'s host too; remove a "../"',
      'mistakes.md:15:15 ".env" goes to a hidden file or folder, which the site never publishes',
      '11 broken links (11 in 1 note).',
    ]);
    expect(result.output).toContain('Fix them, or set BROKEN_LINKS=warn to publish with them.');
    // What makes a page harder to use, from the note's own text: warned at its line, not failed.
    expect(result.output).toContain(
      `2 accessibility warnings in the notes' own text:\n${at}talkies/humo.md:5:1 heading level 3 follows level 1, skipping 1: screen readers navigate by level; use ##\n` +
        `${at}talkies/humo.md:7:2 the image's alt text "HuMo" repeats the text beside it, so screen readers read it twice; describe the image, or use an empty alt`,
    );
    expect(result.output).not.toMatch(/Stack trace|\n\s+at |unhandled error|Browser APIs/);
  });
});
