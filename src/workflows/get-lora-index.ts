import { getModelIndex } from '../models/get-model-index.ts';
import { modelAnchor } from '../models/collect-model-links.ts';
import { parseModelLink } from '../models/model-hosts.ts';
import { settings } from '../site.ts';
import { getWorkflows } from './get-workflows.ts';
import { baseName } from './read-workflow.ts';
import { loraIndex, type LoraIndexEntry } from './lora-index.ts';

/** A LoRA of the index, with its row in the model index where a note or a workflow gives its URL. */
export type ShownLora = LoraIndexEntry & { model?: string };

let cached: Promise<{ loras: ShownLora[]; workflows: number }> | undefined;

async function load(): Promise<{ loras: ShownLora[]; workflows: number }> {
  const workflows = await getWorkflows();
  const { models } = await getModelIndex();
  const indexed = new Set(models.map((model) => model.id));
  // A note's link to the file itself (`…/blob/main/Lightx2v/x.safetensors`) names the model the file is in.
  const byFile = new Map<string, string>();
  for (const model of models)
    for (const mention of model.mentions) {
      const file = baseName(new URL(mention.url).pathname).toLowerCase();
      if (file && !byFile.has(file)) byFile.set(file, model.id);
    }
  const loras = loraIndex(workflows.map(({ path, name, url, reading }) => ({ path, name, url, loras: reading.loras }))).map((lora) => {
    const fromUrl = lora.url ? parseModelLink(lora.url)?.id : undefined;
    const id = fromUrl && indexed.has(fromUrl) ? fromUrl : byFile.get(lora.file.toLowerCase());
    return id ? { ...lora, model: `${settings.base}models/#${modelAnchor(id)}` } : lora;
  });
  return { loras, workflows: workflows.length };
}

/** The LoRA index, made once per build for its page and workflows.json. */
export function getLoraIndex(): Promise<{ loras: ShownLora[]; workflows: number }> {
  cached ??= load();
  return cached;
}
