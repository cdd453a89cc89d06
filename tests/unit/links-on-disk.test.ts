import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLinkTarget } from '../../src/plugins/remark-note-links.ts';
import { readSettings } from '../../src/site.ts';

/** A repository with notes in `loras/`, reached through a symbolic link, as NOTES_DIR may be. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'links-on-disk-'));
  mkdirSync(join(root, 'repo/loras/shots'), { recursive: true });
  writeFileSync(join(root, 'repo/loras/alchemy.md'), '# A\n');
  writeFileSync(join(root, 'repo/loras/shots/sdpose.webp'), 'x');
  writeFileSync(join(root, 'secret.txt'), 'x');
  symlinkSync(join(root, 'secret.txt'), join(root, 'repo/loras/key.txt'));
  symlinkSync(join(root, 'repo/loras'), join(root, 'linked'));
  const settings = readSettings({ NOTES_DIR: 'linked', SOURCE_REPO: 'https://github.com/o/r/blob/main/loras/' }, root);
  const options = { notesDir: settings.notesDir, noteIds: new Set(['alchemy']), base: '/', sourceRepo: settings.sourceRepo! };
  return { root, settings, options, note: join(settings.notesDir, 'alchemy.md') };
}

describe('links resolved on disk', () => {
  it('resolves a notes folder reached through a symbolic link as the folder itself', () => {
    const { root, settings, options, note } = repository();
    expect(settings.notesDir).toBe(join(root, 'repo/loras'));
    expect(resolveLinkTarget('../wan.md#x', 'link', note, options)).toEqual({ url: 'https://github.com/o/r/blob/main/wan.md#x' });
    expect(resolveLinkTarget('shots/sdpose.webp', 'link', note, options)).toEqual({
      url: '/shots/sdpose.webp',
      publish: 'shots/sdpose.webp',
    });
  });

  it('refuses a symbolic link out of the notes folder, and names the file beside a mistyped one', () => {
    const { options, note } = repository();
    expect(resolveLinkTarget('key.txt', 'link', note, options)).toEqual({
      problem: 'goes to a symbolic link that leaves the notes folder, which the site never publishes',
    });
    expect(resolveLinkTarget('shots/sdpose.web', 'image', note, options)).toEqual({
      problem: 'goes to an image that does not exist; did you mean "shots/sdpose.webp"?',
    });
  });
});
