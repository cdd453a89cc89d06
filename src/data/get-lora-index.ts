import { getModelIndex } from './get-model-index.ts';
import { modelAnchor } from '../models/collect-model-links.ts';
import { parseModelLink } from '../models/model-hosts.ts';
import { settings } from '../site.ts';
import { getWorkflows } from './get-workflows.ts';
import { baseName } from '../workflows/read-workflow.ts';
import { loraIndex, type LoraIndexEntry } from '../workflows/lora-index.ts';

/** A LoRA of the index, with its row in the model index where a note or a workflow gives its URL. */
export type ShownLora = LoraIndexEntry & { model?: string };

/** A URL path's file name as a node names it: decoded (`%20` a space), in lower case. */
function decodedName(pathname: string): string {
  const name = baseName(pathname);
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

let cached: Promise<{ loras: ShownLora[]; workflows: number }> | undefined;

async function load(): Promise<{ loras: ShownLora[]; workflows: number }> {
  const workflows = await getWorkflows();
  const { models } = await getModelIndex();
  const indexed = new Set(models.map((model) => model.id));
  // A note's link to the file itself (`…/blob/main/Lightx2v/x%20y.safetensors`) names the model the file is in, where
  // no other model has a file of that name.
  const byFile = new Map<string, Set<string>>();
  for (const model of models)
    for (const mention of model.mentions) {
      const file = decodedName(new URL(mention.url).pathname);
      if (file) byFile.set(file, (byFile.get(file) ?? new Set()).add(model.id));
    }
  const loras = loraIndex(workflows.map(({ path, name, url, reading }) => ({ path, name, url, loras: reading.loras }))).map((lora) => {
    const fromUrl = lora.url ? parseModelLink(lora.url)?.id : undefined;
    const named = lora.from ? undefined : byFile.get(lora.file.toLowerCase());
    const id = fromUrl && indexed.has(fromUrl) ? fromUrl : named?.size === 1 ? [...named][0] : undefined;
    return id ? { ...lora, model: `${settings.base}models/#${modelAnchor(id)}` } : lora;
  });
  return { loras, workflows: workflows.length };
}

/** The LoRA index, made once per build for its page and workflows.json. */
export function getLoraIndex(): Promise<{ loras: ShownLora[]; workflows: number }> {
  cached ??= load();
  return cached;
}
