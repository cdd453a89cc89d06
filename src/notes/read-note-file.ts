import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { NoteError } from '../util/note-error.ts';
import { shownPath } from '../util/posix-path.ts';
import { decodeNote } from './decode-note.ts';

/** A note file's text: UTF-8 or an error at the line, without a byte order mark. */
export async function readNoteFile(file: string): Promise<string> {
  return decodeNote(await readFile(file), file).replace(/^\uFEFF/, '');
}

/** Front matter as data, with the body kept at its lines so positions in messages match the file. */
export function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { data: frontmatter, body: content };
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    const where = `${shownPath(file)}${line === undefined ? '' : `:${line + 1}`}`;
    throw new NoteError(`${where} the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}; fix it or remove it.`);
  }
}
