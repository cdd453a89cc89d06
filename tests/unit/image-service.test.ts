import type { AstroConfig } from 'astro';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import imageService from '../../src/images/image-service.ts';
import { IMAGE_WIDTHS } from '../../src/images/image-widths.ts';

type Transform = Parameters<typeof imageService.transform>[1];
const config = { service: { entrypoint: '', config: { webp: { effort: 2 } } } } as unknown as AstroConfig['image'];
const WIDEST = Math.max(...IMAGE_WIDTHS);
/** Astro's logger: the service warns only of SVG sources, which these are not. */
const logger = {} as Parameters<typeof imageService.transform>[3];

/** A screenshot-like PNG: flat panels with a capture's grain, so encoding it to WebP is clearly smaller. */
async function screenshot(width: number, height: number): Promise<Buffer> {
  const grain = Buffer.alloc(width * height * 3);
  for (let index = 0; index < grain.length; index += 1) grain[index] = 40 + ((index * 7919) % 5) + (index % (width * 3) < width ? 90 : 0);
  return sharp(grain, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

const transform = (width: number, height: number): Transform => ({ src: '/notes/screenshots/graph.png', width, height, format: 'webp' });
const widthOf = async (bytes: Uint8Array) => (await sharp(bytes).metadata()).width;

describe('the image service', () => {
  it('gives the fallback src of an image wider than every width the widest width’s file, not a full-size encoding', async () => {
    const original = await screenshot(2000, 1000);
    const widest = await imageService.transform(original, transform(WIDEST, Math.round(WIDEST / 2)), config, logger);
    const fallback = await imageService.transform(original, transform(2000, 1000), config, logger);
    expect(await widthOf(widest.data)).toBe(WIDEST);
    expect(Buffer.from(fallback.data).equals(Buffer.from(widest.data))).toBe(true);
    expect(fallback.format).toBe('webp');
  });

  it('makes the same fallback when it comes first, from a buffer that has no widths made yet', async () => {
    const original = await screenshot(2000, 1000);
    const fallback = await imageService.transform(original, transform(2000, 1000), config, logger);
    const again = await imageService.transform(await screenshot(2000, 1000), transform(WIDEST, Math.round(WIDEST / 2)), config, logger);
    expect(Buffer.from(fallback.data).equals(Buffer.from(again.data))).toBe(true);
  });

  it('encodes an image no wider than the widest width at its own width', async () => {
    const original = await screenshot(1318, 874);
    const full = await imageService.transform(original, transform(1318, 874), config, logger);
    expect(await widthOf(full.data)).toBe(1318);
  });

  it('serves the original bytes where encoding does not make them a tenth smaller', async () => {
    const small = await sharp(await screenshot(600, 300))
      .webp({ quality: 40 })
      .toBuffer();
    const result = await imageService.transform(small, transform(600, 300), config, logger);
    expect(Buffer.from(result.data).equals(small)).toBe(true);
    expect(result.format).toBe('webp');
  });
});
