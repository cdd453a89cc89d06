import { NoteError } from '../util/note-error.ts';
import { shownPath } from '../util/posix-path.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const REPLACEMENT = Buffer.from('\uFFFD');

/** Offset of the first byte that is not part of valid UTF-8 (everything before it decodes). */
function firstInvalidByte(bytes: Buffer): number {
  let offset = 0;
  for (const char of bytes.toString('utf8')) {
    const length = Buffer.byteLength(char);
    if (char === '\uFFFD' && !bytes.subarray(offset, offset + length).equals(REPLACEMENT)) return offset;
    offset += length;
  }
  return offset;
}

/**
 * A note's text, refusing anything that is not UTF-8: read as UTF-8 anyway, its
 * accented letters would turn into replacement marks without a word of warning.
 */
export function decodeNote(bytes: Buffer, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
    throw new NoteError(
      `${shownPath(file)}:${line} is not UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}); save the file as UTF-8.`,
    );
  }
}
