/**
 * Writes N synthetic notes for benchmarks: each has headings, a table, prose,
 * 20 links to sections of other notes, 5 external model links and a dated section.
 * `node scripts/generate-notes.ts <count> <folder>`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.ts';

const FAMILIES = ['Wan 2.1', 'Wan 2.2', 'LTXV', 'Hunyuan', 'Flux'];
const SECTIONS = ['Settings', 'Strengths', 'Schedulers', 'Caveats'];

export function generateNotes(count: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const next = seededRandom(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const id = (n: number) => `note-${String(n).padStart(5, '0')}`;
  for (let n = 0; n < count; n += 1) {
    const lines = [
      `# Note ${n}: ${pick(FAMILIES)} LoRA findings`,
      '',
      `This note collects what testers found about adapter ${n} on ${pick(FAMILIES)}.`,
      '',
    ];
    for (const [index, section] of SECTIONS.entries()) {
      lines.push(`## ${section}`, '');
      for (let link = 0; link < 5; link += 1) {
        const target = Math.floor(next() * count);
        lines.push(
          `- See [${section.toLowerCase()} of note ${target}](${id(target)}.md#${pick(SECTIONS).toLowerCase()}) for a comparison.`,
        );
      }
      lines.push('', '| LoRA | Strength | Steps | Source |', '| --- | --- | --- | --- |');
      const org = Math.floor(next() * 50);
      lines.push(
        `| lora_${n}_${index} | ${(next() * 3).toFixed(1)} | ${4 + index} | [HF:org${org}/model${n}-${index}](https://huggingface.co/org${org}/model${n}-${index}) |`,
      );
      lines.push(
        '',
        `Testers ran ${section.toLowerCase()} with shift ${Math.floor(next() * 8)} and cfg ${(1 + next()).toFixed(1)} on the first step.`,
        '',
      );
    }
    // News as real notes write it: a dated section, a day of 2025 or 2026.
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    lines.push(`## ${2025 + (n % 2)}.${String(month).padStart(2, '0')}.${String(day).padStart(2, '0')}`, '');
    lines.push(`Adapter ${n} now works with ${pick(FAMILIES)} at strength ${(next() * 2).toFixed(2)} on default settings.`, '');
    lines.push(`Trainer: [run it](https://example.org/trainer/${n}).`, '');
    writeFileSync(join(dir, `${id(n)}.md`), lines.join('\n'));
  }
}

/** A note of at least 1 MB: sections of 40-row tables with a model link in each row, linking back to earlier sections. */
export function largeNote(): string {
  const lines: string[] = ['# Big note', '', 'A very long note, to show size alone breaks nothing.', ''];
  let length = lines.join('\n').length;
  for (let section = 0; length < 1_048_576; section += 1) {
    const block = [`## Section ${section}`, '', '| LoRA | Strength | Link |', '| --- | --- | --- |'];
    for (let row = 0; row < 40; row += 1) {
      block.push(`| lora_${section}_${row} | ${(row % 30) / 10} | [model](https://huggingface.co/owner/model-${section}-${row}) |`);
    }
    const previous = Math.max(0, section - 1);
    block.push('', `Back to [the top](#big-note) or [section ${previous}](#section-${previous}).`, '');
    lines.push(...block);
    length += block.join('\n').length + 1;
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir || !Number.isInteger(Number(count))) {
    console.error('Usage: node scripts/generate-notes.ts <count> <folder>');
    process.exit(2);
  }
  generateNotes(Number(count), dir);
  console.log(`Wrote ${count} notes to ${dir}`);
}
