import { baseName, type WorkflowLora } from './read-workflow.ts';

/** One LoRA file across the workflows that load it. */
export interface LoraIndexEntry {
  /** The file's name, without the folders a node shows it in. */
  file: string;
  /** The paths the nodes give it (`WanVideo\Lightx2v\…`), each once. */
  written: string[];
  workflows: { path: string; name: string; url: string }[];
  /** The model strengths it is loaded at, lowest and highest, where its nodes give one. */
  strength?: { min: number; max: number };
  /** The clip strengths, where a node gives both. */
  clip?: { min: number; max: number };
  /** How many of its uses are bypassed, muted or switched off. */
  inactive: number;
  uses: number;
  /** A download URL a workflow gives for it. */
  url?: string;
}

/** The least and greatest of the values: a loop, as a spread of a hostile file's hundred thousand uses overflows the stack. */
const range = (values: number[]): { min: number; max: number } | undefined =>
  values.length === 0
    ? undefined
    : values.reduce((found, value) => ({ min: Math.min(found.min, value), max: Math.max(found.max, value) }), {
        min: Infinity,
        max: -Infinity,
      });

/** A strength as people write it: 1, 0.75, 1.25 (a saved 1.0000000000000002 is 1). */
export const formatStrength = (value: number): string => String(Number(value.toFixed(3)));

/** "0.6–3" or "1": the strengths seen. */
export const formatRange = ({ min, max }: { min: number; max: number }): string =>
  min === max ? formatStrength(min) : `${formatStrength(min)}–${formatStrength(max)}`;

/** Every LoRA file the workflows load, the most used first, with the workflows and the strengths seen. */
export function loraIndex(
  workflows: readonly { path: string; name: string; url: string; loras: readonly WorkflowLora[] }[],
): LoraIndexEntry[] {
  const byFile = new Map<string, { entry: LoraIndexEntry; strengths: number[]; clips: number[] }>();
  for (const workflow of workflows)
    for (const lora of workflow.loras) {
      const file = baseName(lora.file);
      const key = file.toLowerCase();
      const known = byFile.get(key) ?? {
        entry: { file, written: [], workflows: [], inactive: 0, uses: 0 },
        strengths: [],
        clips: [],
      };
      const { entry } = known;
      entry.uses += 1;
      if (lora.state !== 'on') entry.inactive += 1;
      if (!entry.written.includes(lora.file)) entry.written.push(lora.file);
      if (!entry.workflows.some((seen) => seen.path === workflow.path))
        entry.workflows.push({ path: workflow.path, name: workflow.name, url: workflow.url });
      if (lora.strengthModel !== undefined) known.strengths.push(lora.strengthModel);
      if (lora.strengthClip !== undefined) known.clips.push(lora.strengthClip);
      if (lora.url && !entry.url) entry.url = lora.url;
      byFile.set(key, known);
    }
  return [...byFile.values()]
    .map(({ entry, strengths, clips }) => {
      const strength = range(strengths);
      const clip = range(clips);
      return { ...entry, ...(strength ? { strength } : {}), ...(clip ? { clip } : {}) };
    })
    .sort((a, b) => b.workflows.length - a.workflows.length || a.file.localeCompare(b.file, 'en'));
}
