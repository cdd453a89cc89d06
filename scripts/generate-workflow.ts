/**
 * One ComfyUI workflow in the UI format, shaped like the owner’s. Their five reference workflows in it have 26 to 78 nodes
 * (48 on average, subgraph nodes counted), about three widgets, two inputs and one output a node, a few groups, and
 * in the whole repository 2.7 LoRA loaders and 2.7 notes a workflow, a subgraph in 26 of 88. So: 20 to 89 nodes in rows
 * of GetNode/SetNode wiring, prompts, loaders and samplers; LoRA loaders with long file names; a MarkdownNote with a
 * link and a Note; bypassed and muted nodes; packs by `cnr_id`; up to four groups; and a subgraph of eight nodes in
 * three of ten. Deterministic: `generateWorkflow(index)` is always the same text.
 */

/** Node types as the owner's use them, with the widgets each carries. */
const KINDS: readonly { type: string; widgets: (id: number) => unknown[]; inputs: number }[] = [
  { type: 'GetNode', widgets: (id) => [`model_${id % 5}`], inputs: 0 },
  { type: 'SetNode', widgets: (id) => [`model_${id % 5}`], inputs: 1 },
  {
    type: 'CLIPTextEncode',
    widgets: (id) => [`a woman turns to the camera and smiles, soft light, shot ${id}, ${'cinematic '.repeat(6)}`],
    inputs: 1,
  },
  { type: 'LoadImage', widgets: (id) => [`ComfyUI_${String(id).padStart(5, '0')}_.png`, 'image'], inputs: 0 },
  { type: 'ImageResizeKJv2', widgets: () => [832, 480, 'lanczos', 'crop', '0, 0, 0', 'center', 16], inputs: 2 },
  { type: 'VAEDecode', widgets: () => [], inputs: 2 },
  { type: 'SamplerCustomAdvanced', widgets: () => [], inputs: 5 },
  { type: 'KSamplerAdvanced', widgets: (id) => ['enable', id, 'fixed', 4, 1, 'euler', 'simple', 0, 2, 'enable'], inputs: 4 },
  { type: 'VHS_VideoCombine', widgets: () => [16, 0, 'WanVideo', 'video/h264-mp4', false, true], inputs: 2 },
  { type: 'PrimitiveStringMultiline', widgets: () => ['turns around slowly\nthen waves'], inputs: 0 },
];

/** About as many distinct LoRA files as uses, as in the owner's 237 uses of 142 files. */
const lora = (index: number, id: number) =>
  `WanVideo\\Lightx2v\\lightx2v_I2V_14B_480p_cfg_step_distill_rank${64 + (id % 3) * 32}_v${(index * 5 + id) % 140}_bf16.safetensors`;

export function generateWorkflow(index: number): string {
  const count = 20 + ((index * 37) % 70);
  const node = (id: number) => {
    const kind = KINDS[(id * 7 + index) % KINDS.length]!;
    const isLora = id % 17 === 5;
    const type = id === 1 ? 'MarkdownNote' : id === 2 ? 'Note' : isLora ? 'LoraLoaderModelOnly' : kind.type;
    const inputs = isLora ? 1 : id <= 2 ? 0 : kind.inputs;
    return {
      id,
      type,
      // Where a user dropped it, as ComfyUI saves it: not on a grid.
      pos: [(id % 8) * 420 + ((id * 0.618034) % 1) * 40, Math.floor(id / 8) * 360 - ((id * 0.414214) % 1) * 30],
      size: [300 + (id % 4) * 60, 80 + (id % 5) * 50],
      flags: {},
      order: id,
      mode: id % 19 === 0 ? 4 : id % 23 === 0 ? 2 : 0,
      inputs: Array.from({ length: inputs }, (_, slot) => {
        const name = slot ? `input_${slot}` : 'model';
        return { name, localized_name: name, type: 'MODEL', ...(slot ? { shape: 7 } : {}), link: slot ? null : id };
      }),
      outputs: [{ name: 'MODEL', localized_name: 'MODEL', type: 'MODEL', links: [id + 1] }],
      properties: { cnr_id: id % 3 ? 'comfy-core' : 'comfyui-kjnodes', ver: id % 3 ? '0.5.1' : '1.1.7', 'Node name for S&R': type },
      ...(id % 3 === 0 ? { color: '#223', bgcolor: '#335' } : {}),
      widgets_values: isLora
        ? [lora(index, id), 0.5 + (id % 6) / 4]
        : id === 1
          ? [`## Workflow ${index}\n\nSet shift to **8**; load [the LoRA](https://huggingface.co/Kijai/WanVideo_comfy).\n`]
          : id === 2
            ? ['Strength 1.0 for the high-noise pass, 0.6 for the low one.']
            : kind.widgets(id),
    };
  };
  const nodes = Array.from({ length: count }, (_, id) => node(id));
  const subgraphs =
    index % 10 < 3
      ? [{ id: `sub-${index}`, name: 'Second pass', nodes: Array.from({ length: 8 }, (_, n) => node(1000 + n)), links: [] }]
      : [];
  if (subgraphs.length) nodes.push({ ...node(count), type: `sub-${index}` });
  const links = Array.from({ length: count - 1 }, (_, id) => [id + 1, id, 0, id + 1, 0, 'MODEL']);
  const rows = Math.ceil(count / 8);
  const groups = Array.from({ length: index % 5 }, (_, group) => ({
    title: `Stage ${group + 1}`,
    bounding: [-20, Math.floor((group * rows) / 4) * 360 - 40, 8 * 420, 340],
  }));
  return JSON.stringify({
    last_node_id: count,
    last_link_id: count,
    nodes,
    links,
    groups,
    definitions: { subgraphs },
    extra: {},
    version: 0.4,
  });
}
