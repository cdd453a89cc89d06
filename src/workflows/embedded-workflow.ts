import { closeSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The texts ComfyUI keeps in an image it saves: `workflow` (UI format) and `prompt` (API format). */
export interface EmbeddedTexts {
  workflow?: string;
  prompt?: string;
  /** Why a text the image names could not be read (a compressed chunk that inflates past the limit, or not at all). */
  problem?: string;
}

/** `length` bytes from `position` (fewer at the end): images are walked chunk by chunk, their pixels never read. */
type ReadAt = (position: number, length: number) => Buffer;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A text chunk longer than this, compressed or inflated, is no workflow ComfyUI wrote; it is not read. */
const TEXT_MAX = 64 * 1024 * 1024;

/** A compressed text, inflated no further than TEXT_MAX: a chunk of a few kilobytes can inflate to gigabytes. */
const inflated = (bytes: Buffer): Buffer => inflateSync(bytes, { maxOutputLength: TEXT_MAX });

/** The PNG's text chunks named `workflow` or `prompt` (`tEXt`, and `iTXt`/`zTXt` compressed or not). */
function pngTexts(readAt: ReadAt): EmbeddedTexts {
  const found: EmbeddedTexts = {};
  let at = PNG_SIGNATURE.length;
  for (;;) {
    const header = readAt(at, 8);
    if (header.length < 8) break;
    const length = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    if (type === 'IEND') break;
    if ((type === 'tEXt' || type === 'iTXt' || type === 'zTXt') && length <= TEXT_MAX) {
      const data = readAt(at + 8, length);
      const nul = data.indexOf(0);
      const keyword = nul > 0 ? data.toString('latin1', 0, nul).toLowerCase() : '';
      if (keyword === 'workflow' || keyword === 'prompt') {
        try {
          found[keyword] = chunkText(type, data.subarray(nul + 1));
        } catch (error) {
          found.problem =
            (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
              ? `its ${keyword} text inflates to more than ${TEXT_MAX / 2 ** 20} MB, more than any workflow; it is not read`
              : `its ${keyword} text is compressed but does not inflate`;
        }
      }
    }
    at += 12 + length;
  }
  return found;
}

function chunkText(type: string, rest: Buffer): string {
  if (type === 'tEXt') return rest.toString('latin1');
  if (type === 'zTXt') return inflated(rest.subarray(1)).toString('latin1');
  // iTXt: compression flag, method, language tag\0, translated keyword\0, text (UTF-8).
  const compressed = rest[0] === 1;
  const language = rest.indexOf(0, 2);
  const translated = rest.indexOf(0, language + 1);
  const text = rest.subarray(translated + 1);
  return (compressed ? inflated(text) : text).toString('utf8');
}

/** ComfyUI writes a WebP's workflow into its EXIF as `workflow:{…}` and `prompt:{…}` strings. */
function webpTexts(readAt: ReadAt): EmbeddedTexts {
  const found: EmbeddedTexts = {};
  let at = 12;
  for (;;) {
    const header = readAt(at, 8);
    if (header.length < 8) break;
    const type = header.toString('latin1', 0, 4);
    const length = header.readUInt32LE(4);
    if (type === 'EXIF' && length <= TEXT_MAX) {
      const data = readAt(at + 8, length);
      const text = data.toString('latin1').toLowerCase();
      for (const key of ['workflow', 'prompt'] as const) {
        const start = text.indexOf(`${key}:`);
        if (start === -1) continue;
        const end = text.indexOf('\0', start);
        found[key] = data.subarray(start + key.length + 1, end === -1 ? data.length : end).toString('utf8');
      }
    }
    at += 8 + length + (length % 2);
  }
  return found;
}

function textsOf(readAt: ReadAt): EmbeddedTexts {
  const head = readAt(0, 12);
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return pngTexts(readAt);
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return webpTexts(readAt);
  return {};
}

/** What a PNG or WebP in memory carries of the workflow that made it; nothing for any other file. */
export const embeddedTexts = (bytes: Buffer): EmbeddedTexts => textsOf((position, length) => bytes.subarray(position, position + length));

/** The same, read from the file chunk by chunk: a screenshot's megabytes of pixels are skipped, not read. */
export function embeddedTextsOfFile(path: string): EmbeddedTexts {
  const fd = openSync(path, 'r');
  try {
    return textsOf((position, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
    });
  } finally {
    closeSync(fd);
  }
}
