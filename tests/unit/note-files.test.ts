import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNoteFiles } from '../../src/notes/note-files.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('listNoteFiles', () => {
  it('lists .md and .mdx notes by id, skipping README.md and private files', () => {
    const dir = folder({ 'a.md': '# A', 'b.mdx': '# B', 'sub/c.md': '# C', 'README.md': '# Folder', '_draft.md': '# D', 'img/x.png': '' });
    expect([...listNoteFiles(dir).keys()]).toEqual(['a', 'b', 'sub/c']);
  });

  it('fails on a notes folder that is missing or holds no note', () => {
    expect(() => listNoteFiles('/no/such/folder')).toThrow('The notes folder /no/such/folder does not exist; create it or set NOTES_DIR');
    expect(() => listNoteFiles(folder({ 'README.md': '# Folder' }))).toThrow(/holds no \.md or \.mdx note/);
  });

  it('fails when two files would be the same note', () => {
    const dir = folder({ 'both-ways.md': '# A', 'both-ways.mdx': '# B' });
    expect(() => listNoteFiles(dir)).toThrow(/both-ways\.md and .*both-ways\.mdx are both the note "both-ways"/);
  });
});
