/**
 * One ComfyUI workflow in the UI format, shaped like the owner's: a chain of 20 to 300 nodes in rows,
 * LoRA loaders with long file names, a MarkdownNote with a link, bypassed nodes, packs by `cnr_id`, and
 * a subgraph in every fourth. Deterministic: `generateWorkflow(index)` is always the same text.
 */
export function generateWorkflow(index: number): string {
  const count = 20 + ((index * 37) % 280);
  const node = (id: number) => ({
    id,
    type: id % 9 === 0 ? 'LoraLoaderModelOnly' : id === 1 ? 'MarkdownNote' : 'KSamplerAdvanced',
    pos: [(id % 12) * 420, Math.floor(id / 12) * 360],
    size: [380, 300],
    flags: {},
    order: id,
    mode: id % 17 === 0 ? 4 : 0,
    inputs: [{ name: 'model', type: 'MODEL', link: id }],
    outputs: [{ name: 'MODEL', type: 'MODEL', links: [id + 1] }],
    properties: { cnr_id: id % 3 ? 'comfy-core' : 'comfyui-kjnodes', ver: id % 3 ? '0.5.1' : '1.1.7' },
    widgets_values:
      id % 9 === 0
        ? [`WanVideo\\Lightx2v\\lightx2v_I2V_14B_480p_cfg_step_distill_rank${64 + (id % 3) * 32}_bf16.safetensors`, 0.5 + (id % 6) / 4]
        : id === 1
          ? [`## Workflow ${index}\n\nSet shift to **8**; load [the LoRA](https://huggingface.co/Kijai/WanVideo_comfy).\n`]
          : ['enable', id, 'fixed', 4, 1, 'euler', 'simple', 0, 2, 'enable'],
  });
  const nodes = Array.from({ length: count }, (_, id) => node(id));
  const subgraphs = index % 4 === 0 ? [{ id: `sub-${index}`, name: 'Second pass', nodes: [node(1000), node(1009)], links: [] }] : [];
  if (subgraphs.length) nodes.push({ ...node(count), type: `sub-${index}` });
  const links = Array.from({ length: count - 1 }, (_, id) => [id + 1, id, 0, id + 1, 0, 'MODEL']);
  return JSON.stringify({
    last_node_id: count,
    last_link_id: count,
    nodes,
    links,
    groups: [],
    definitions: { subgraphs },
    extra: {},
    version: 0.4,
  });
}
