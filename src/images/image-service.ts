import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { columnSizes } from './image-widths.ts';

/** A re-encoding that is not at least a tenth smaller than the committed file is not worth its loss: the original is served. */
const WORTH = 0.9;

/** The format of an image's bytes, by their signature: what the original is served as. */
function formatOf(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && text(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

/**
 * Astro's sharp service, except that an image never comes out bigger than the file its author committed: where
 * re-encoding does not make it clearly smaller (a screenshot already saved as a small WebP), the original bytes are
 * served. The browser lays the image out by the `sizes` and `width` the page gives, whatever its pixels.
 */
const imageService: LocalImageService = {
  ...sharpService,
  // A note's image is shown no wider than itself: its `sizes` says so once its width is known, so a small image is
  // not taken for a dense one.
  async validateOptions(options, imageConfig, logger) {
    const validated = sharpService.validateOptions ? await sharpService.validateOptions(options, imageConfig, logger) : options;
    if (validated.sizes === columnSizes() && typeof validated.width === 'number') validated.sizes = columnSizes(validated.width);
    return validated;
  },
  async transform(inputBuffer, transform, config, logger) {
    const encoded = await sharpService.transform(inputBuffer, transform, config, logger);
    const original = formatOf(inputBuffer);
    return original && encoded.data.length >= inputBuffer.length * WORTH ? { data: inputBuffer, format: original } : encoded;
  },
};

export default imageService;
