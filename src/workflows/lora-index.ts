import { baseName, type WorkflowLora } from './read-workflow.ts';

/** One LoRA file across the workflows that load it. */
export interface LoraIndexEntry {
  /** The file's name, without the folders a node shows it in. */
  file: string;
  /** Where it is from, where another file of the index has the same name: its repository, or its folder. */
  from?: string;
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

/** A name or path as its file is named: `%20` is a space, whichever way a URL or a node wrote it. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Names a repository gives every model it trains (`high_noise_model.safetensors` in each of a dozen LoRA repositories):
 * such a name says nothing of which file it is, so its folder does.
 */
const GENERIC_NAME =
  /^(?:(?:high|low)_noise_model|model|adapter_model|pytorch_lora_weights|diffusion_pytorch_model|lora)(?:[._-]\w+)?\.\w+$/i;

/** The folders a node gives, `/`-separated and decoded, as a file's place. */
const folderOf = (file: string): string => decoded(file).split(/[\\/]/).slice(0, -1).join('/');

/** Where a download URL says the file is: its host and path, decoded, without the revision (`resolve/main`, `blob/v1`). */
function urlPlace(url: string): string | undefined {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${decoded(pathname).replace(/\/(?:resolve|blob|raw)\/[^/]+\//, '/')}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Which file a LoRA use loads. A file is known by its name, wherever a user keeps it (`WanVideo\Lightx2v\x` and
 * `wan/x` are one file), except a generic name, which its folders tell apart; two download URLs that differ are
 * two files, though their names agree.
 */
function identityOf(lora: WorkflowLora): { name: string; place?: string } {
  const file = decoded(baseName(lora.file));
  const name = GENERIC_NAME.test(file) ? `${folderOf(lora.file).toLowerCase()}/${file.toLowerCase()}` : file.toLowerCase();
  const place = lora.url ? urlPlace(lora.url) : undefined;
  return place ? { name, place } : { name };
}

/** A download URL's repository (`owner/name` on Hugging Face or GitHub), else its host and folder, as the URL writes them. */
function repositoryOf(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    const path = decoded(pathname).split('/').filter(Boolean);
    return /huggingface\.co|github\.com/.test(host) ? path.slice(0, 2).join('/') : [host, ...path.slice(0, -1)].join('/');
  } catch {
    return url;
  }
}

/** Every LoRA file the workflows load, the most used first, with the workflows and the strengths seen. */
export function loraIndex(
  workflows: readonly { path: string; name: string; url: string; loras: readonly WorkflowLora[] }[],
): LoraIndexEntry[] {
  // A use without a URL joins the first file of its name that has one: the same file, where another workflow says where it is from.
  const places = new Map<string, string>();
  for (const workflow of workflows)
    for (const lora of workflow.loras) {
      const { name, place } = identityOf(lora);
      if (place && !places.has(name)) places.set(name, place);
    }
  const byFile = new Map<string, { entry: LoraIndexEntry; strengths: number[]; clips: number[] }>();
  for (const workflow of workflows)
    for (const lora of workflow.loras) {
      const file = decoded(baseName(lora.file));
      const identity = identityOf(lora);
      const key = `${identity.name}\n${identity.place ?? places.get(identity.name) ?? ''}`;
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
  const sameName = new Map<string, number>();
  for (const { entry } of byFile.values()) sameName.set(entry.file.toLowerCase(), (sameName.get(entry.file.toLowerCase()) ?? 0) + 1);
  return [...byFile.values()]
    .map(({ entry, strengths, clips }) => {
      const strength = range(strengths);
      const clip = range(clips);
      const from =
        sameName.get(entry.file.toLowerCase())! > 1 ? (entry.url ? repositoryOf(entry.url) : folderOf(entry.written[0]!)) : undefined;
      return { ...entry, ...(from ? { from } : {}), ...(strength ? { strength } : {}), ...(clip ? { clip } : {}) };
    })
    .sort((a, b) => b.workflows.length - a.workflows.length || a.file.localeCompare(b.file, 'en'));
}
