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
  it('lists .md and .mdx pages by id, READMEs among them, skipping private files', () => {
    const dir = folder({ 'a.md': '# A', 'b.mdx': '# B', 'sub/c.md': '# C', 'README.md': '# Folder', '_draft.md': '# D', 'img/x.png': '' });
    expect([...listNoteFiles(dir).keys()]).toEqual(['README', 'a', 'b', 'sub/c']);
  });

  it('fails on a notes folder that is missing or holds no note', () => {
    expect(() => listNoteFiles('/no/such/folder')).toThrow('The notes folder /no/such/folder does not exist; create it or set NOTES_DIR');
    expect(() => listNoteFiles(folder({}))).toThrow(/holds no \.md or \.mdx note/);
    expect(() => listNoteFiles(folder({ 'README.md': '# Folder' }))).toThrow(/holds no note besides its README/);
  });

  it('fails when two files would be the same note, or the same page', () => {
    const dir = folder({ 'both-ways.md': '# A', 'both-ways.mdx': '# B' });
    expect(() => listNoteFiles(dir)).toThrow(/both-ways\.md and .*both-ways\.mdx are both the note "both-ways"/);
    const pages = folder({ 'README.md': '# R', 'index.md': '# I', 'loras.md': '# L', 'loras/README.md': '# F' });
    expect(() => listNoteFiles(pages)).toThrow(
      /README\.md and .*index\.md would both be the page \/;.*\n.*loras\.md and .*loras\/README\.md would both be the page \/loras\//,
    );
  });

  it('fails on a note at a page the site makes itself', () => {
    const dir = folder({ 'models.md': '# M', 'whats-new/README.md': '# W', 'news/models.md': '# Fine' });
    expect(() => listNoteFiles(dir)).toThrow(
      /models\.md would be the page \/models\/, which is the model index; rename it\.\n.*whats-new\/README\.md would be the page \/whats-new\/, which is the What's new page; rename it\./,
    );
  });
});
