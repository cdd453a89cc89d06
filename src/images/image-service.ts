import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { columnSizes, IMAGE_WIDTHS } from './image-widths.ts';

/** A re-encoding that is not at least a tenth smaller than the committed file is not worth its loss: the original is served. */
const WORTH = 0.9;
const WIDEST = Math.max(...IMAGE_WIDTHS);

type Transform = Parameters<LocalImageService['transform']>[1];
type Encoded = Awaited<ReturnType<LocalImageService['transform']>>;

/**
 * Encodings already made of one original, by what decides their bytes. Astro makes an image's transforms one after
 * another from the same buffer, so the fallback `src` finds its widest width already made.
 */
const made = new WeakMap<Uint8Array, Map<string, Promise<Encoded>>>();
const encodingKey = (transform: Transform): string =>
  JSON.stringify([
    transform.width,
    transform.height,
    transform.format,
    transform.quality,
    transform.fit,
    transform.position,
    transform.background,
  ]);

/**
 * The `src` of an image wider than the widest of its widths is a fallback that no browser reading `srcset`
 * downloads (the zoom viewer opens the original file): it gets the widest width's file rather than an encoding
 * of the full size, which cost a third of a screenshot's encoding time.
 */
function narrowed(transform: Transform): Transform {
  const { width, height } = transform;
  if (typeof width !== 'number' || width <= WIDEST) return transform;
  // As Astro works out a `srcset` width's height, so the two are one encoding.
  return { ...transform, width: WIDEST, height: typeof height === 'number' ? Math.round(WIDEST / (width / height)) : height };
}

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
  transform(inputBuffer, transform, config, logger) {
    const options = narrowed(transform);
    const key = encodingKey(options);
    let encodings = made.get(inputBuffer);
    if (!encodings) made.set(inputBuffer, (encodings = new Map()));
    let encoding = encodings.get(key);
    if (!encoding) {
      encoding = sharpService.transform(inputBuffer, options, config, logger).then((encoded) => {
        const original = formatOf(inputBuffer);
        return original && encoded.data.length >= inputBuffer.length * WORTH ? { data: inputBuffer, format: original } : encoded;
      });
      encodings.set(key, encoding);
    }
    return encoding;
  },
};

export default imageService;
