/**
 * Writes a notes repository shaped like the owner's: 70 notes at the root and in four folders
 * (about 470 KB of Markdown, no front matter, a byte-order mark here and there), a README that is
 * its contents page, long notes of dated sections with quotes, wide tables of Hugging Face links and
 * long code lines, 105 embedded node-graph screenshots (PNG and WebP, 1,180 to 2,560 px) and 88
 * ComfyUI workflows linked from the notes. Deterministic, so every run measures the same repository.
 * `node scripts/generate-owner-notes.ts <folder> <screenshots folder>`
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { generateWorkflow } from './generate-workflow.ts';
import { seededRandom } from './seeded-random.ts';

/** Where the 70 notes live: the root holds most, as in the owner's repository. */
const FOLDERS: readonly [folder: string, notes: number][] = [
  ['', 34],
  ['loras', 12],
  ['wan', 10],
  ['ltx', 8],
  ['talkies', 6],
];
export const OWNER_NOTES = 70;
export const OWNER_SCREENSHOTS = 105;
export const OWNER_WORKFLOWS = 88;
/** Every third screenshot is committed as WebP, as the owner's newer ones are. */
const WEBP_EVERY = 3;

const REPOS = ['lightx2v/Wan2.2-Distill-Loras', 'Kijai/WanVideo_comfy', 'Lightricks/LTX-2.3', 'alibaba-pai/Wan2.2-Fun-Reward-LoRAs'];
const FILES = [
  'wan2.2_i2v_A14b_high_noise_lora_rank64_lightx2v_4step_1022.safetensors',
  'Wan21_T2V_14B_lightx2v_cfg_step_distill_lora_rank32.safetensors',
  'ltx-2.3-22b-distilled-lora-384_comfy_converted_bf16.safetensors',
  'Wan2.2-Fun-A14B-InP-high-noise-MPS.safetensors',
];
const PEOPLE = ['Zabo', 'Kijai', 'drozbay', 'Ablejones', 'Juan'];

interface NotePlace {
  folder: string;
  name: string;
}

const notePath = (note: NotePlace) => (note.folder ? `${note.folder}/${note.name}` : note.name);
/** A link from one note to another, written as on GitHub: relative to the linking note's folder. */
const relativeTo = (from: NotePlace, to: NotePlace) => (from.folder === to.folder ? to.name : `${from.folder ? '../' : ''}${notePath(to)}`);

/** One dated section: prose, a quote, a list of links, and now and then a wide table, a code block, screenshots and workflows. */
function section(
  next: () => number,
  date: string,
  up: string,
  shots: string[],
  workflows: number[],
  others: string[],
  wide: boolean,
): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines = [`## ${date}`, ''];
  lines.push(
    `Testers ran the ${pick(['high', 'low'])} noise model at strength ${(next() * 3).toFixed(2)} with shift ${1 + Math.floor(next() * 8)} ` +
      `and ${4 + Math.floor(next() * 6)} steps; the ${pick(['lcm', 'euler', 'unipc'])} scheduler kept the motion, cfg above 1 on the first step only.`,
    '',
    `${pick(PEOPLE)}: "at least one step with cfg makes such a difference, the rest can run at 1 and it takes half the time"`,
    '',
    `> ${pick(PEOPLE)} found that ${pick(FILES)} at ${(next() * 2).toFixed(1)} keeps faces stable;`,
    '> above 1.5 the background starts to move as well.',
    '',
  );
  for (let link = 0; link < 3; link += 1) {
    const repo = pick(REPOS);
    lines.push(`- [HF:${repo}](https://huggingface.co/${repo}/blob/main/${pick(FILES)}) at ${(next() * 2).toFixed(2)}`);
  }
  if (others.length) lines.push(`- compare with [the earlier findings](${pick(others)})`);
  lines.push('');
  if (wide) {
    lines.push('| LoRA | Base | Rank | Strength high | Strength low | Steps | Scheduler | Download | Remarks |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (let row = 0; row < 6; row += 1) {
      const repo = pick(REPOS);
      const file = pick(FILES);
      lines.push(
        `| ${file} | Wan 2.2 I2V A14B | ${32 * (1 + (row % 4))} | ${(next() * 3).toFixed(2)} | ${(next() * 2).toFixed(2)} | ${4 + row} | lcm-beta | [HF:${repo}](https://huggingface.co/${repo}/resolve/main/${file}) | works with ${pick(FILES)} at 0.5 |`,
      );
    }
    lines.push(
      '',
      '```',
      `python main.py --listen --use-sage-attention --fast fp16_accumulation --reserve-vram 2 --lora ${pick(FILES)} --lora-strength ${(next() * 2).toFixed(2)} --preview-method auto --output-directory /workspace/ComfyUI/output/wan22`,
      '```',
      '',
    );
  }
  for (const shot of shots) lines.push(`![${shot.replace(/\.\w+$/, '')} in ComfyUI](${up}screenshots/${shot})`, '');
  for (const workflow of workflows) lines.push(`Workflow: [wf-${workflow}.json](${up}workflows/wf-${workflow}.json)`, '');
  return lines;
}

/** PNG screenshots from `sourceDir` (as `generateScreenshots` writes them), every third as WebP: made once into `dir/screenshots`. */
async function placeScreenshots(dir: string, sourceDir: string): Promise<string[]> {
  const sources = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.png'))
    .sort()
    .slice(0, OWNER_SCREENSHOTS);
  if (sources.length < OWNER_SCREENSHOTS)
    throw new Error(`${sourceDir} has ${sources.length} screenshots; ${OWNER_SCREENSHOTS} are needed`);
  const target = join(dir, 'screenshots');
  mkdirSync(target, { recursive: true });
  const names: string[] = [];
  for (const [index, source] of sources.entries()) {
    const webp = index % WEBP_EVERY === WEBP_EVERY - 1;
    const name = webp ? source.replace(/\.png$/, '.webp') : source;
    const path = join(target, name);
    if (!existsSync(path)) {
      if (webp) await sharp(join(sourceDir, source)).webp({ quality: 82 }).toFile(path);
      else copyFileSync(join(sourceDir, source), path);
    }
    names.push(name);
  }
  return names;
}

/** Writes the repository into `dir` (notes and workflows again each time; screenshots kept once made). */
export async function generateOwnerNotes(dir: string, screenshotSource: string): Promise<void> {
  for (const entry of existsSync(dir) ? readdirSync(dir) : [])
    if (entry !== 'screenshots') rmSync(join(dir, entry), { recursive: true, force: true });
  const shots = await placeScreenshots(dir, screenshotSource);
  mkdirSync(join(dir, 'workflows'), { recursive: true });
  for (let index = 0; index < OWNER_WORKFLOWS; index += 1)
    writeFileSync(join(dir, 'workflows', `wf-${index}.json`), generateWorkflow(index));

  const notes: NotePlace[] = FOLDERS.flatMap(([folder, count]) =>
    Array.from({ length: count }, (_, index) => ({ folder, name: `${folder || 'notes'}-${String(index + 1).padStart(2, '0')}.md` })),
  );
  const next = seededRandom(OWNER_NOTES);
  for (const [index, note] of notes.entries()) {
    const up = note.folder ? '../' : '';
    // Ten long notes of 8 dated sections, the others of 2 or 3: about 470 KB in all.
    const sections = index % 7 === 0 ? 8 : 2 + (index % 2);
    const siblings = notes.filter((other) => other.folder === note.folder && other !== note).slice(0, 6);
    const lines = [`# ${note.folder || 'Wan'} notes, part ${index + 1}`, '', '## Table Of Contents', ''];
    for (const sibling of siblings) lines.push(`* [${sibling.name.replace(/\.md$/, '')}](${sibling.name})`);
    lines.push('');
    const others = [notes[(index + 11) % notes.length]!, notes[(index + 29) % notes.length]!].map(
      (other) => `${relativeTo(note, other)}#table-of-contents`,
    );
    for (let s = 0; s < sections; s += 1) {
      const day = new Date(Date.UTC(2026, 5, 28) - (index * 3 + s * 11) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '.');
      const mine = shots.filter((_, shot) => shot % OWNER_NOTES === index && Math.floor(shot / OWNER_NOTES) === s);
      const flows = Array.from({ length: OWNER_WORKFLOWS }, (_, flow) => flow).filter(
        (flow) => flow % OWNER_NOTES === index && Math.floor(flow / OWNER_NOTES) === s,
      );
      lines.push(...section(next, day, up, mine, flows, others, s % 3 === 0));
    }
    const bom = index % 10 === 0 ? '\uFEFF' : '';
    mkdirSync(join(dir, note.folder), { recursive: true });
    writeFileSync(join(dir, notePath(note)), bom + lines.join('\n'));
  }

  const contents = [
    '# Wan Notes',
    '',
    'Notes on LoRA adapters for video models, kept as a GitHub repository. This page is its contents.',
    '',
  ];
  for (const [folder] of FOLDERS) {
    contents.push(`## ${folder || 'General'}`, '');
    for (const note of notes.filter((n) => n.folder === folder)) contents.push(`- [${note.name.replace(/\.md$/, '')}](${notePath(note)})`);
    contents.push('');
  }
  writeFileSync(join(dir, 'README.md'), contents.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, screenshots] = process.argv.slice(2);
  if (!dir || !screenshots) {
    console.error('Usage: node scripts/generate-owner-notes.ts <folder> <screenshots folder>');
    process.exit(2);
  }
  await generateOwnerNotes(dir, screenshots);
  console.log(`Wrote ${OWNER_NOTES} notes, ${OWNER_SCREENSHOTS} screenshots and ${OWNER_WORKFLOWS} workflows to ${dir}`);
}
