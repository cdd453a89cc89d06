/**
 * Writes screenshots shaped like the ones notes of this kind embed: ComfyUI node graphs, a few
 * thousand pixels wide, with groups, nodes, widget values and long LoRA file names, and the grain
 * of a real capture so they compress like one. Deterministic, so every run measures the same bytes.
 * `node scripts/generate-screenshots.ts <count> <folder>`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { seededRandom } from './seeded-random.ts';

/** The sizes real node-graph screenshots come in (width × height). */
export const SCREENSHOT_SIZES: readonly [number, number][] = [
  [1318, 874],
  [1920, 1080],
  [2560, 1396],
  [1600, 1200],
  [1180, 1640],
  [2048, 1152],
];

const LORAS = [
  'lightx2v_T2V_14B_cfg_step_distill_v2_lora_rank64_bf16.safetensors',
  'Wan21_CausVid_14B_T2V_lora_rank32_v2.safetensors',
  'wan2.2_i2v_A14b_high_noise_lora_rank64_lightx2v_4step_1022.safetensors',
  'ltx-2.3-22b-distilled-lora-384.safetensors',
];
const NODES = ['LoraLoaderModelOnly', 'WanVideoModelLoader', 'KSamplerAdvanced', 'CLIPTextEncode', 'VAEDecode', 'ModelSamplingSD3'];

/** One node graph as SVG: groups behind, nodes as boxes with a title bar and widget rows, links between them. */
function graphSvg(width: number, height: number, seed: number): string {
  const next = seededRandom(seed);
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#202020"/>`];
  for (let group = 0; group < 3; group += 1) {
    const x = next() * width * 0.6;
    const y = next() * height * 0.6;
    parts.push(`<rect x="${x}" y="${y}" width="${width * 0.35}" height="${height * 0.35}" fill="#3f5159" opacity="0.6"/>`);
    parts.push(`<text x="${x + 10}" y="${y + 26}" font-family="DejaVu Sans" font-size="22" fill="#ddd">Group ${group + 1}</text>`);
  }
  const boxes: { x: number; y: number }[] = [];
  const count = Math.round((width * height) / 90_000);
  for (let node = 0; node < count; node += 1) {
    const x = 20 + next() * (width - 420);
    const y = 20 + next() * (height - 220);
    boxes.push({ x, y });
    const title = NODES[Math.floor(next() * NODES.length)]!;
    parts.push(`<rect x="${x}" y="${y}" width="400" height="190" rx="8" fill="#353535" stroke="#111"/>`);
    parts.push(`<rect x="${x}" y="${y}" width="400" height="30" rx="8" fill="#4a6b4a"/>`);
    parts.push(`<text x="${x + 12}" y="${y + 21}" font-family="DejaVu Sans" font-size="16" fill="#eee">${title}</text>`);
    const rows = [
      `lora_name ${LORAS[node % LORAS.length]!.slice(0, 38)}…`,
      `strength_model ${(next() * 2).toFixed(2)}`,
      `shift 8.0`,
      `steps ${4 + (node % 5)}`,
    ];
    rows.forEach((row, index) =>
      parts.push(`<text x="${x + 14}" y="${y + 62 + index * 32}" font-family="DejaVu Sans Mono" font-size="14" fill="#ccc">${row}</text>`),
    );
  }
  for (let link = 1; link < boxes.length; link += 1) {
    const from = boxes[link - 1]!;
    const to = boxes[link]!;
    const colour = ['#a8e', '#ea8', '#8ce', '#8e8'][link % 4];
    parts.push(
      `<path d="M${from.x + 400} ${from.y + 60} C${from.x + 520} ${from.y + 60} ${to.x - 120} ${to.y + 60} ${to.x} ${to.y + 60}" stroke="${colour}" stroke-width="3" fill="none"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** A PNG screenshot of a node graph, `width` × `height`, with a capture's grain. */
export async function generateScreenshot(width: number, height: number, seed: number): Promise<Buffer> {
  const next = seededRandom(seed * 7919);
  const grain = Buffer.alloc(width * height);
  for (let index = 0; index < grain.length; index += 1) grain[index] = Math.floor(next() * 5);
  const noise = await sharp(grain, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
  return sharp(Buffer.from(graphSvg(width, height, seed)))
    .composite([{ input: noise, blend: 'add' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Writes `count` screenshots, cycling through the real sizes, as `graph-01.png`…; returns their file names. */
export async function generateScreenshots(count: number, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const [width, height] = SCREENSHOT_SIZES[index % SCREENSHOT_SIZES.length]!;
    const name = `graph-${String(index + 1).padStart(2, '0')}.png`;
    writeFileSync(join(dir, name), await generateScreenshot(width, height, index + 1));
    names.push(name);
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = '12', dir = 'screenshots'] = process.argv.slice(2);
  console.log((await generateScreenshots(Number(count), dir)).join('\n'));
}
