import type { APIRoute } from 'astro';
import { settings } from '../site.ts';
import { getLoraIndex } from '../data/get-lora-index.ts';
import { getWorkflows } from '../data/get-workflows.ts';

/** The linked workflows and the LoRA index as data, beside models.json, for people who script against them. */
export const GET: APIRoute = async () => {
  const workflows = await getWorkflows();
  const { loras } = await getLoraIndex();
  const body = {
    workflows: workflows.map(({ path, url, fileUrl, reading, mentions }) => ({
      path,
      page: url,
      file: fileUrl,
      format: reading.format,
      nodes: reading.nodes,
      subgraphs: reading.subgraphs,
      comfyui: reading.comfyui ?? null,
      frontend: reading.frontend ?? null,
      packs: reading.packs,
      models: reading.models,
      loras: reading.loras,
      notes: reading.notes.length,
      linkedFrom: mentions.map((mention) => ({ note: mention.noteId, page: mention.url })),
    })),
    loras: loras.map((lora) => ({ ...lora, model: lora.model ?? null, url: lora.url ?? null })),
    base: settings.base,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
