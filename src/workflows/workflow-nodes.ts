/**
 * What the common ComfyUI nodes load, read from their widget values (UI format) or inputs (API format):
 * which LoRA at what strengths, which model of which kind. A node type not in the tables is read by
 * shape: a LoRA node (`lora` in its type) by its file names and the number after each, a loader
 * (`Loader` in its type) by its file names.
 */

/** A file a node loads: what ComfyUI lists in a model folder. */
export const MODEL_FILE = /\.(?:safetensors|sft|ckpt|pt|pth|bin|gguf|onnx)$/i;

export type ModelFileKind =
  'diffusion model' | 'checkpoint' | 'text encoder' | 'VAE' | 'CLIP vision' | 'upscaler' | 'ControlNet' | 'other model';
/** The order a page lists the kinds in: what a workflow needs first. */
export const MODEL_KINDS: readonly ModelFileKind[] = [
  'diffusion model',
  'checkpoint',
  'text encoder',
  'VAE',
  'CLIP vision',
  'upscaler',
  'ControlNet',
  'other model',
];

/** One LoRA a node loads; `on: false` is a row of a multi-LoRA node that is switched off. */
export interface LoraUse {
  file: string;
  strengthModel?: number;
  strengthClip?: number;
  on: boolean;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** A file name, or nothing for an empty slot ("none", "None"). */
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() && value.trim().toLowerCase() !== 'none' ? value : undefined;
const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** One LoRA per node: its file, then its model strength, then (where it has one) its clip strength. */
const single =
  (clip: boolean) =>
  (values: unknown[]): LoraUse[] => {
    const file = str(values[0]);
    if (!file) return [];
    return [{ file, strengthModel: num(values[1]), ...(clip ? { strengthClip: num(values[2]) } : {}), on: true }];
  };

/** Widget values by node type, for the LoRA nodes workflows of this kind use. */
const LORA_WIDGETS: Record<string, (values: unknown[]) => LoraUse[]> = {
  LoraLoader: single(true),
  'LoraLoader|pysssss': single(true),
  LoraLoaderModelOnly: single(false),
  WanVideoLoraSelect: single(false),
  WanVideoLoraSelectByName: single(false),
  // Five file/strength pairs; "none" is an empty slot.
  WanVideoLoraSelectMulti: (values) =>
    [0, 1, 2, 3, 4].flatMap((slot) => {
      const file = str(values[slot * 2]);
      return file ? [{ file, strengthModel: num(values[slot * 2 + 1]), on: true }] : [];
    }),
  // One object per row, each with its own switch; strengthTwo is the clip strength when the node shows both.
  'Power Lora Loader (rgthree)': (values) => values.flatMap((value) => rgthreeRow(value) ?? []),
  // Three rows of switch, file, model strength, clip strength.
  'CR LoRA Stack': (values) =>
    [0, 1, 2].flatMap((row) => {
      const file = str(values[row * 4 + 1]);
      if (!file) return [];
      return [{ file, strengthModel: num(values[row * 4 + 2]), strengthClip: num(values[row * 4 + 3]), on: values[row * 4] !== 'Off' }];
    }),
};

/** The LoRAs a UI-format node loads, by its type or else by the shape of its values. */
export function lorasOfWidgets(type: string, values: unknown[]): LoraUse[] {
  const known = LORA_WIDGETS[type];
  if (known) return known(values);
  if (!/lora/i.test(type)) return [];
  return values.flatMap((value, index) => {
    const file = str(value);
    return file && MODEL_FILE.test(file) ? [{ file, strengthModel: num(values[index + 1]), on: true }] : [];
  });
}

/** One of rgthree's rows (`{on, lora, strength, strengthTwo}`), in either format; strengthTwo is the clip strength. */
function rgthreeRow(value: unknown): LoraUse | undefined {
  const row = record(value);
  const file = str(row?.lora);
  if (!row || !file) return undefined;
  const clip = num(row.strengthTwo);
  return { file, strengthModel: num(row.strength), ...(clip === undefined ? {} : { strengthClip: clip }), on: row.on !== false };
}

/** Numbered rows of an API-format stack: `lora_0`, `strength_0`… or `lora_name_1`, `model_weight_1`, `switch_1`… */
const NUMBERED_ROWS: Record<string, { file: string; model: string; clip?: string; on?: string; from: number; to: number }> = {
  WanVideoLoraSelectMulti: { file: 'lora_', model: 'strength_', from: 0, to: 4 },
  'CR LoRA Stack': { file: 'lora_name_', model: 'model_weight_', clip: 'clip_weight_', on: 'switch_', from: 1, to: 3 },
};

/** The LoRAs an API-format node loads: numbered rows, `lora_name` or `lora` with the strengths beside it, or rgthree's rows. */
export function lorasOfInputs(type: string, inputs: Record<string, unknown>): LoraUse[] {
  const rows = NUMBERED_ROWS[type];
  if (rows) {
    const found: LoraUse[] = [];
    for (let row = rows.from; row <= rows.to; row += 1) {
      const file = str(inputs[`${rows.file}${row}`]);
      if (!file) continue;
      const clip = rows.clip ? num(inputs[`${rows.clip}${row}`]) : undefined;
      const on = rows.on ? inputs[`${rows.on}${row}`] !== 'Off' : true;
      found.push({ file, strengthModel: num(inputs[`${rows.model}${row}`]), ...(clip === undefined ? {} : { strengthClip: clip }), on });
    }
    return found;
  }
  if (!/lora/i.test(type)) return [];
  const found: LoraUse[] = [];
  const file = str(inputs.lora_name) ?? str(inputs.lora);
  if (file) {
    const clip = num(inputs.strength_clip);
    found.push({
      file,
      strengthModel: num(inputs.strength_model) ?? num(inputs.strength),
      ...(clip === undefined ? {} : { strengthClip: clip }),
      on: true,
    });
  }
  for (const value of Object.values(inputs)) {
    const row = rgthreeRow(value);
    if (row) found.push(row);
  }
  return found;
}

/** Which widgets of a loader are which kind of model. */
const MODEL_WIDGETS: Record<string, { kind: ModelFileKind; widgets: number[] }> = {
  UNETLoader: { kind: 'diffusion model', widgets: [0] },
  UnetLoaderGGUF: { kind: 'diffusion model', widgets: [0] },
  UnetLoaderGGUFAdvanced: { kind: 'diffusion model', widgets: [0] },
  WanVideoModelLoader: { kind: 'diffusion model', widgets: [0] },
  DiffusionModelLoaderKJ: { kind: 'diffusion model', widgets: [0] },
  CheckpointLoaderSimple: { kind: 'checkpoint', widgets: [0] },
  'CheckpointLoader|pysssss': { kind: 'checkpoint', widgets: [0] },
  ImageOnlyCheckpointLoader: { kind: 'checkpoint', widgets: [0] },
  CLIPLoader: { kind: 'text encoder', widgets: [0] },
  CLIPLoaderGGUF: { kind: 'text encoder', widgets: [0] },
  DualCLIPLoader: { kind: 'text encoder', widgets: [0, 1] },
  DualCLIPLoaderGGUF: { kind: 'text encoder', widgets: [0, 1] },
  TripleCLIPLoader: { kind: 'text encoder', widgets: [0, 1, 2] },
  LoadWanVideoT5TextEncoder: { kind: 'text encoder', widgets: [0] },
  WanVideoTextEncodeCached: { kind: 'text encoder', widgets: [0] },
  VAELoader: { kind: 'VAE', widgets: [0] },
  WanVideoVAELoader: { kind: 'VAE', widgets: [0] },
  CLIPVisionLoader: { kind: 'CLIP vision', widgets: [0] },
  LoadWanVideoClipTextEncoder: { kind: 'CLIP vision', widgets: [0] },
  UpscaleModelLoader: { kind: 'upscaler', widgets: [0] },
  ControlNetLoader: { kind: 'ControlNet', widgets: [0] },
  DiffControlNetLoader: { kind: 'ControlNet', widgets: [1] },
};

/** The input names of the same loaders in the API format. */
const MODEL_INPUTS: Record<string, ModelFileKind> = {
  unet_name: 'diffusion model',
  model_name: 'diffusion model',
  model: 'diffusion model',
  ckpt_name: 'checkpoint',
  clip_name: 'text encoder',
  clip_name1: 'text encoder',
  clip_name2: 'text encoder',
  clip_name3: 'text encoder',
  vae_name: 'VAE',
  control_net_name: 'ControlNet',
};

/** A loader no table knows, by the words of its type (`OTUNetLoaderW8A8`: a diffusion model). */
function kindOfType(type: string): ModelFileKind {
  if (/clip[\s_-]?vision/i.test(type)) return 'CLIP vision';
  if (/unet|diffusion|wanvideomodel/i.test(type)) return 'diffusion model';
  if (/checkpoint|ckpt/i.test(type)) return 'checkpoint';
  if (/clip|t5|text[\s_-]?encoder/i.test(type)) return 'text encoder';
  if (/vae/i.test(type)) return 'VAE';
  if (/upscale/i.test(type)) return 'upscaler';
  if (/control[\s_-]?net/i.test(type)) return 'ControlNet';
  return 'other model';
}

/** The models a UI-format node loads, each with its kind. */
export function modelsOfWidgets(type: string, values: unknown[]): { kind: ModelFileKind; file: string }[] {
  const known = MODEL_WIDGETS[type];
  if (known) return known.widgets.flatMap((index) => (str(values[index]) ? [{ kind: known.kind, file: str(values[index])! }] : []));
  if (!/loader/i.test(type) || /lora/i.test(type)) return [];
  return values.flatMap((value) => {
    const file = str(value);
    return file && MODEL_FILE.test(file) ? [{ kind: kindOfType(type), file }] : [];
  });
}

/** The models an API-format node loads. */
export function modelsOfInputs(type: string, inputs: Record<string, unknown>): { kind: ModelFileKind; file: string }[] {
  if (/lora/i.test(type)) return [];
  const known = MODEL_WIDGETS[type]?.kind;
  return Object.entries(inputs).flatMap(([name, value]) => {
    const file = str(value);
    if (!file || !MODEL_FILE.test(file)) return [];
    return [{ kind: known ?? MODEL_INPUTS[name] ?? kindOfType(type), file }];
  });
}
