import { WIDGET_NAMES } from './widget-names.ts';

/** How ComfyUI runs a node: 0 always; 2 never (muted: it and what needs it do not run); 4 bypassed (its inputs pass through). */
export type NodeState = 'on' | 'muted' | 'bypassed';

export interface PictureSlot {
  name: string;
  /** Its type (`MODEL`, `IMAGE`…), which colours its dot and links. */
  type: string;
}

/** A widget's row: its name where the workflow or the widget table gives one, and its value as text. */
export interface PictureWidget {
  name?: string;
  value: string;
  /** How ComfyUI draws it: a number or a choice between arrows, a switch, or a text box (a prompt). */
  kind: 'value' | 'toggle' | 'text';
}

export interface PictureNode {
  id: number;
  /** The top left of its body; its title bar is above, as LiteGraph draws it. */
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  type: string;
  /** The colours the author gave it (title bar, body), checked to be colours. */
  color?: string;
  bgcolor?: string;
  state: NodeState;
  collapsed: boolean;
  /** Input slots drawn, each with the index links name it by. */
  inputs: (PictureSlot & { index: number })[];
  outputs: PictureSlot[];
  widgets: PictureWidget[];
  /** The pack it comes from, as the page lists it (see packKey). */
  pack?: string;
  /** The subgraph it runs, by the picture's id. */
  opens?: string;
  /** A note's text, drawn in its body. */
  note?: string;
  /** A Reroute node: a small pill with a dot either side. */
  reroute?: boolean;
}

export interface PictureLink {
  from: number;
  fromSlot: number;
  to: number;
  toSlot: number;
  type: string;
  /** The reroutes it passes through, from its origin on. */
  via: [number, number][];
}

export interface PictureGroup {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  fontSize: number;
  color?: string;
}

/** One graph as ComfyUI shows it: the workflow's top level, or a subgraph's inner graph. */
export interface GraphPicture {
  /** `main`, or the subgraph's id. */
  id: string;
  name: string;
  nodes: PictureNode[];
  links: PictureLink[];
  groups: PictureGroup[];
  /** Native reroutes' points. */
  reroutes: [number, number][];
  /** How many nodes the graph has; a hostile file's are cut at GRAPH_NODES_MAX. */
  total: number;
}

/** More nodes than this make a picture too heavy to be read; it says it shows part. */
export const GRAPH_NODES_MAX = 600;
/** Groups and reroutes drawn at the most, for the same reason. */
export const GRAPH_GROUPS_MAX = 200;
const REROUTES_MAX = 2_000;
/** Ids ComfyUI gives a subgraph's input and output panels. */
export const SUBGRAPH_INPUT = -10;
export const SUBGRAPH_OUTPUT = -20;
/** A widget's value longer than this is cut in the picture (the whole is its tooltip). */
const VALUE_MAX = 2_000;
/** The nodes that hold a note for the reader: the page lists their texts, the picture shows them in the node. */
export const NOTE_TYPES = new Set(['Note', 'MarkdownNote', 'Note Plus (mtb)']);
const CONTROL_VALUES = new Set(['fixed', 'increment', 'decrement', 'randomize']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function stateOf(mode: unknown): NodeState {
  return mode === 2 ? 'muted' : mode === 4 ? 'bypassed' : 'on';
}

/** A colour as CSS reads it, or nothing: a file's `color` becomes an SVG attribute, so only a colour may pass. */
function colour(value: unknown): string | undefined {
  return typeof value === 'string' && /^(#[0-9a-f]{3,8}|rgba?\(\s*[\d.\s,%]+\))$/i.test(value.trim()) ? value.trim() : undefined;
}

/** `pos` and `size` as arrays or as `{0, 1}` objects, as older files write them. */
function pair(value: unknown): [number, number] | undefined {
  const source = Array.isArray(value) ? value : isObject(value) ? [value[0], value[1]] : undefined;
  return source && finite(source[0]) && finite(source[1]) ? [source[0], source[1]] : undefined;
}

/** The key a pack is listed under: one pack under its registry id and its GitHub repository is one. */
export function packKey(properties: Json): string | undefined {
  const registry = text(properties.cnr_id);
  const github = text(properties.aux_id);
  if (registry === 'comfy-core') return undefined;
  return registry ? registry.toLowerCase() : github?.split('/').pop()?.toLowerCase();
}

/** Widgets that are decimals, which ComfyUI shows to two places even when whole (`strength_model 1.00`). */
const DECIMAL_WIDGET = /strength|weight|cfg|denoise|shift|scale|guidance|ratio|percent|megapixels/i;

/** A number as ComfyUI shows it: whole numbers whole, others to two places (more where two would say 0). */
function formatNumber(value: number, name?: string): string {
  if (Number.isInteger(value) && !(name && DECIMAL_WIDGET.test(name))) return String(value);
  const fixed = value.toFixed(2);
  return Number(fixed) === 0 || Math.abs(Number(fixed) - value) > 0.005 ? String(Number(value.toFixed(4))) : fixed;
}

/** One saved value as a row; an object is a row only where it is a LoRA row (rgthree's), else nothing to draw. */
function widgetOf(value: unknown, name: string | undefined): PictureWidget | undefined {
  const named = name ? { name } : {};
  if (typeof value === 'boolean') return { ...named, value: String(value), kind: 'toggle' };
  if (finite(value)) return { ...named, value: formatNumber(value, name), kind: 'value' };
  if (typeof value === 'string') {
    // Prose (a prompt) goes in a text box; a long file name stays one row, cut as ComfyUI cuts it.
    const long = value.includes('\n') || (value.length > 60 && /\s/.test(value.trim())) || (!!name && /text|prompt/i.test(name));
    return { ...named, value: value.slice(0, VALUE_MAX), kind: long ? 'text' : 'value' };
  }
  if (isObject(value) && typeof value.lora === 'string') {
    const strength = finite(value.strength) ? ` ${formatNumber(value.strength, 'strength')}` : '';
    return { name: value.on === false ? 'lora (off)' : 'lora', value: `${value.lora.slice(0, VALUE_MAX)}${strength}`, kind: 'value' };
  }
  return undefined;
}

/**
 * The names of a node's saved values: those the workflow gives (`inputs[].widget.name`, when it names every
 * one), else the widget table's, else none. ComfyUI saves a seed's "control after generate" as one more value.
 */
function widgetNames(type: string, inputs: unknown[], values: unknown[]): readonly (string | null)[] | undefined {
  const given = inputs.flatMap((input) =>
    isObject(input) && isObject(input.widget) && text(input.widget.name) ? [String(input.widget.name)] : [],
  );
  const names: string[] = [];
  for (const name of given) {
    names.push(name);
    const next = values[names.length];
    if (finite(values[names.length - 1]) && typeof next === 'string' && CONTROL_VALUES.has(next)) names.push('control_after_generate');
  }
  if (names.length > 0 && names.length >= values.length) return names;
  return WIDGET_NAMES[type];
}

function widgetsOf(node: Json, type: string): PictureWidget[] {
  const saved = node.widgets_values;
  if (isObject(saved))
    // VideoHelperSuite saves its values by name.
    return Object.entries(saved).flatMap(([name, value]) => widgetOf(value, name) ?? []);
  if (!Array.isArray(saved)) return [];
  const names = widgetNames(type, Array.isArray(node.inputs) ? node.inputs : [], saved);
  return saved.flatMap((value, index) => {
    const name = names?.[index];
    return name === null ? [] : (widgetOf(value, name) ?? []);
  });
}

/** A slot's name as ComfyUI shows it: its label, else its localized name, else its name. */
const slotName = (slot: Json): string => text(slot.label) ?? text(slot.localized_name) ?? text(slot.name) ?? '';
const slotType = (slot: Json): string => (typeof slot.type === 'string' ? slot.type : Array.isArray(slot.type) ? 'COMBO' : '*');

/**
 * The input slots a node draws: every input that is not a widget's, and a widget's that a link feeds (its
 * widget then shows no value), each with its index in `inputs`, which links name.
 */
function inputsOf(node: Json): PictureNode['inputs'] {
  if (!Array.isArray(node.inputs)) return [];
  return node.inputs.flatMap((input, index) => {
    if (!isObject(input)) return [];
    if (isObject(input.widget) && (input.link === null || input.link === undefined)) return [];
    return [{ name: slotName(input), type: slotType(input), index }];
  });
}

const outputsOf = (node: Json): PictureSlot[] =>
  Array.isArray(node.outputs) ? node.outputs.filter(isObject).map((output) => ({ name: slotName(output), type: slotType(output) })) : [];

function nodeOf(node: Json, subgraphNames: ReadonlyMap<string, string>): PictureNode | undefined {
  const pos = pair(node.pos);
  if (!pos || !finite(node.id)) return undefined;
  const size = pair(node.size) ?? [200, 60];
  const flags = isObject(node.flags) ? node.flags : {};
  const properties = isObject(node.properties) ? node.properties : {};
  // A node without a type is still drawn where it stands; the reader says it could not read it.
  const type = typeof node.type === 'string' ? node.type : '';
  const opens = subgraphNames.has(type) ? type : undefined;
  const title = text(node.title) ?? (opens ? subgraphNames.get(type)! : type);
  const saved = Array.isArray(node.widgets_values) ? node.widgets_values : [];
  const note = NOTE_TYPES.has(type) && typeof saved[0] === 'string' ? saved[0].slice(0, VALUE_MAX) : undefined;
  const pack = packKey(properties);
  const [color, bgcolor] = [colour(node.color), colour(node.bgcolor)];
  return {
    id: node.id,
    x: pos[0],
    y: pos[1],
    width: Math.max(40, size[0]),
    height: Math.max(0, size[1]),
    title,
    type,
    ...(color ? { color } : {}),
    ...(bgcolor ? { bgcolor } : {}),
    state: stateOf(node.mode),
    collapsed: flags.collapsed === true,
    inputs: inputsOf(node),
    outputs: outputsOf(node),
    widgets: note === undefined ? widgetsOf(node, type) : [],
    ...(pack ? { pack } : {}),
    ...(opens ? { opens } : {}),
    ...(note === undefined ? {} : { note }),
    ...(type === 'Reroute' ? { reroute: true } : {}),
  };
}

/**
 * A subgraph's input and output panels as nodes: the inputs panel has an output slot per subgraph input (links
 * leave it as from node -10), the outputs panel an input slot per output (links reach node -20).
 */
function panelsOf(graph: Json): PictureNode[] {
  const panel = (key: string, id: number, title: string, slots: unknown): PictureNode | undefined => {
    const box =
      isObject(graph[key]) && Array.isArray((graph[key] as Json).bounding) ? ((graph[key] as Json).bounding as unknown[]) : undefined;
    if (!box || !box.slice(0, 4).every(finite)) return undefined;
    const [x, y, width, height] = box as number[];
    const list = Array.isArray(slots) ? slots.filter(isObject).map((slot) => ({ name: slotName(slot), type: slotType(slot) })) : [];
    return {
      id,
      x: x!,
      y: y! + 30,
      width: Math.max(80, width!),
      height: Math.max(0, height! - 30),
      title,
      type: title,
      state: 'on',
      collapsed: false,
      inputs: id === SUBGRAPH_OUTPUT ? list.map((slot, index) => ({ ...slot, index })) : [],
      outputs: id === SUBGRAPH_INPUT ? list : [],
      widgets: [],
    };
  };
  return [
    panel('inputNode', SUBGRAPH_INPUT, 'Inputs', graph.inputs),
    panel('outputNode', SUBGRAPH_OUTPUT, 'Outputs', graph.outputs),
  ].flatMap((node) => node ?? []);
}

/** Native reroutes by id (1.0's top-level `reroutes`, 0.4's `extra.reroutes`), with the reroute each hangs from. */
function reroutesOf(graph: Json): Map<number, { pos: [number, number]; parent?: number }> {
  const extra = isObject(graph.extra) ? graph.extra : {};
  const list = [...(Array.isArray(graph.reroutes) ? graph.reroutes : []), ...(Array.isArray(extra.reroutes) ? extra.reroutes : [])];
  const reroutes = new Map<number, { pos: [number, number]; parent?: number }>();
  for (const reroute of list.slice(0, REROUTES_MAX)) {
    const pos = isObject(reroute) ? pair(reroute.pos) : undefined;
    if (!isObject(reroute) || !pos || !finite(reroute.id)) continue;
    reroutes.set(reroute.id, { pos, ...(finite(reroute.parentId) ? { parent: reroute.parentId } : {}) });
  }
  return reroutes;
}

/**
 * Links as `[id, from, fromSlot, to, toSlot, type]` (format 0.4) or objects (format 1), each with the reroutes it
 * passes through: a link names the reroute nearest its target (`parentId`, or 0.4's `extra.linkExtensions`), and
 * each reroute the one before it.
 */
function linksOf(graph: Json): PictureLink[] {
  const reroutes = reroutesOf(graph);
  const extra = isObject(graph.extra) ? graph.extra : {};
  const extensions = new Map<number, number>();
  for (const extension of Array.isArray(extra.linkExtensions) ? extra.linkExtensions : [])
    if (isObject(extension) && finite(extension.id) && finite(extension.parentId)) extensions.set(extension.id, extension.parentId);
  if (!Array.isArray(graph.links)) return [];
  return graph.links.flatMap((link) => {
    const [id, from, fromSlot, to, toSlot, type, parent] = Array.isArray(link)
      ? [link[0], link[1], link[2], link[3], link[4], link[5], undefined]
      : isObject(link)
        ? [link.id, link.origin_id, link.origin_slot, link.target_id, link.target_slot, link.type, link.parentId]
        : [];
    if (![from, fromSlot, to, toSlot].every(finite)) return [];
    const via: [number, number][] = [];
    const seen = new Set<number>();
    let at = finite(parent) ? parent : finite(id) ? extensions.get(id) : undefined;
    while (at !== undefined && !seen.has(at) && reroutes.has(at)) {
      seen.add(at);
      via.unshift(reroutes.get(at)!.pos);
      at = reroutes.get(at)!.parent;
    }
    return [
      {
        from: from as number,
        fromSlot: fromSlot as number,
        to: to as number,
        toSlot: toSlot as number,
        type: typeof type === 'string' ? type : '*',
        via,
      },
    ];
  });
}

/** A group's title size as saved (ComfyUI's default is 24), within what a title band can be. */
const groupFontSize = (value: unknown): number => (finite(value) ? Math.min(80, Math.max(10, Math.round(value))) : 24);

function groupsOf(graph: Json): PictureGroup[] {
  const groups = Array.isArray(graph.groups) ? graph.groups.slice(0, GRAPH_GROUPS_MAX) : [];
  return groups.flatMap((group) => {
    if (!isObject(group) || !Array.isArray(group.bounding) || !group.bounding.slice(0, 4).every(finite) || group.bounding.length < 4)
      return [];
    const [x, y, width, height] = group.bounding as number[];
    const color = colour(group.color);
    return [
      {
        x: x!,
        y: y!,
        width: width!,
        height: height!,
        title: text(group.title) ?? '',
        fontSize: groupFontSize(group.font_size),
        ...(color ? { color } : {}),
      },
    ];
  });
}

/** One graph's picture: its nodes (with a subgraph's panels), links, groups and reroutes. */
function pictureOf(graph: Json, id: string, name: string, subgraphNames: ReadonlyMap<string, string>): GraphPicture {
  const all = Array.isArray(graph.nodes) ? graph.nodes : [];
  const nodes = [
    ...panelsOf(graph),
    ...all.slice(0, GRAPH_NODES_MAX).flatMap((node) => (isObject(node) ? (nodeOf(node, subgraphNames) ?? []) : [])),
  ];
  return {
    id,
    name,
    nodes,
    links: linksOf(graph),
    groups: groupsOf(graph),
    reroutes: [...reroutesOf(graph).values()].map((reroute) => reroute.pos),
    total: all.length,
  };
}

/**
 * The pictures of a UI-format workflow: its top level, then each subgraph it defines (nested ones included,
 * as ComfyUI keeps them all in `definitions.subgraphs`), in the order they are defined.
 */
export function picturesOf(workflow: Json, subgraphs: ReadonlyMap<string, Json>): GraphPicture[] {
  const names = new Map([...subgraphs].map(([id, graph]) => [id, text(graph.name) ?? 'Subgraph']));
  const main = pictureOf(workflow, 'main', 'Workflow', names);
  if (main.nodes.length === 0) return [];
  return [main, ...[...subgraphs].map(([id, graph]) => pictureOf(graph, id, names.get(id)!, names))];
}
