import { embeddedTexts, type EmbeddedTexts } from './embedded-workflow.ts';
import { NOTE_TYPES, packKey, picturesOf, stateOf, type GraphPicture, type NodeState } from './graph-picture.ts';
import { lorasOfInputs, lorasOfWidgets, MODEL_KINDS, modelsOfInputs, modelsOfWidgets, type ModelFileKind } from './workflow-nodes.ts';

export type { NodeState } from './graph-picture.ts';

/** Where a node is drawn: the picture (`main`, or a subgraph's id) and its id there. */
export interface NodeAt {
  picture: string;
  node: number;
}

export interface WorkflowPack {
  /** The registry id (`properties.cnr_id`) or the GitHub repository (`properties.aux_id`). */
  id: string;
  /** The key its nodes carry in the picture (see packKey). */
  key: string;
  /** Where the pack is: its registry page, or its GitHub repository. */
  url: string;
  /** The versions its nodes were saved with (a release, or a commit). */
  versions: string[];
  nodes: number;
}

export interface WorkflowModel {
  kind: ModelFileKind;
  file: string;
  /** The download URL the workflow gives for it (`properties.models`). */
  url?: string;
  node: string;
  state: NodeState;
  /** The subgraph it is in, by name. */
  subgraph?: string;
  at?: NodeAt;
}

export interface WorkflowLora {
  file: string;
  strengthModel?: number;
  strengthClip?: number;
  /** `off`: a row switched off in a node that loads several. */
  state: NodeState | 'off';
  node: string;
  url?: string;
  subgraph?: string;
  at?: NodeAt;
}

export interface WorkflowNote {
  title?: string;
  text: string;
  /** A MarkdownNote, whose text is Markdown; a Note's is plain text. */
  markdown: boolean;
}

export interface WorkflowReading {
  format: 'ui' | 'api';
  nodes: number;
  subgraphs: number;
  /** ComfyUI's version, from its own nodes (`comfy-core`), and the frontend's. */
  comfyui?: string;
  frontend?: string;
  packs: WorkflowPack[];
  models: WorkflowModel[];
  loras: WorkflowLora[];
  notes: WorkflowNote[];
  /** The top level's picture, then each subgraph's; none for the API format, which has no layout. */
  pictures: GraphPicture[];
  /** What could not be read, for the build's one warning line about the file. */
  problems: string[];
}

/** A workflow read, or why the file is not one (`quiet`: an image that carries none, nothing to warn about). */
export type WorkflowRead = { workflow: WorkflowReading } | { notWorkflow: string; quiet?: boolean };

/** A note's text longer than this is cut on the page: a workflow is not the place for a book. */
const NOTE_MAX = 20_000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** `ver` values compared as versions: 0.10.0 after 0.9.1. */
function newest(versions: Iterable<string>): string | undefined {
  const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return [...versions].sort((a, b) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  })[0];
}

/** Everything the reader collects while it walks the nodes, the subgraphs' included. */
class Collected {
  nodes = 0;
  packs = new Map<string, WorkflowPack>();
  core = new Set<string>();
  models: WorkflowModel[] = [];
  loras: WorkflowLora[] = [];
  notes: WorkflowNote[] = [];
  problems: string[] = [];
  /** File name → download URL, from every node's `properties.models`. */
  urls = new Map<string, string>();

  pack(properties: Json): void {
    const registry = text(properties.cnr_id);
    const github = text(properties.aux_id);
    const version = text(properties.ver);
    if (registry === 'comfy-core') {
      if (version) this.core.add(version);
      return;
    }
    const key = packKey(properties);
    const id = registry ?? github;
    if (!key || !id) return;
    const url = registry ? `https://registry.comfy.org/nodes/${encodeURIComponent(registry)}` : `https://github.com/${github}`;
    // One pack under two names (see packKey): the registry's name wins.
    const pack = this.packs.get(key) ?? { id, key, url, versions: [], nodes: 0 };
    if (registry && pack.id !== registry) Object.assign(pack, { id: registry, url });
    pack.nodes += 1;
    if (version && !pack.versions.includes(version)) pack.versions.push(version);
    this.packs.set(key, pack);
  }

  modelUrls(properties: Json): void {
    if (!Array.isArray(properties.models)) return;
    for (const model of properties.models) {
      if (!isObject(model) || !text(model.name) || !text(model.url)) continue;
      const url = String(model.url);
      if (/^https?:\/\//i.test(url)) this.urls.set(baseName(String(model.name)), url);
    }
  }

  reading(format: 'ui' | 'api', subgraphs: number, frontend: string | undefined, pictures: GraphPicture[]): WorkflowReading {
    const withUrl = <T extends { file: string }>(item: T): T => {
      const url = this.urls.get(baseName(item.file));
      return url ? { ...item, url } : item;
    };
    const comfyui = newest(this.core);
    return {
      format,
      nodes: this.nodes,
      subgraphs,
      ...(comfyui ? { comfyui } : {}),
      ...(frontend ? { frontend } : {}),
      packs: [...this.packs.values()].sort((a, b) => b.nodes - a.nodes || a.id.localeCompare(b.id)),
      models: this.models.map(withUrl).sort((a, b) => MODEL_KINDS.indexOf(a.kind) - MODEL_KINDS.indexOf(b.kind)),
      loras: this.loras.map(withUrl),
      notes: this.notes,
      pictures,
      problems: this.problems,
    };
  }
}

/** The file name without the folders a node shows it in (`WanVideo\Lightx2v\x.safetensors`). */
export const baseName = (file: string): string => file.split(/[\\/]/).at(-1) ?? file;

interface Scope {
  /** The subgraph these nodes are in, by name. */
  subgraph?: string;
  /** The picture they are drawn in. */
  picture: string;
  /** The state of the node that holds the subgraph: a bypassed subgraph bypasses everything in it. */
  state: NodeState;
}

/** Reads one UI-format node; what it lacks is a problem, and the walk goes on. */
function readUiNode(node: unknown, scope: Scope, into: Collected, subgraphs: Map<string, Json>) {
  if (!isObject(node) || typeof node.type !== 'string') {
    into.problems.push(`a node without a type (${isObject(node) ? `id ${String(node.id)}` : typeof node})`);
    return;
  }
  const type = node.type;
  const own = stateOf(node.mode);
  const state = scope.state !== 'on' ? scope.state : own;
  const properties = isObject(node.properties) ? node.properties : {};
  const name = text(node.title) ?? type;
  into.pack(properties);
  into.modelUrls(properties);
  // A subgraph's own nodes are read once, in the state of its uses (see subgraphStates).
  if (subgraphs.has(type)) return;
  const widgets = Array.isArray(node.widgets_values)
    ? node.widgets_values
    : isObject(node.widgets_values)
      ? Object.values(node.widgets_values)
      : [];
  const where = {
    ...(scope.subgraph ? { subgraph: scope.subgraph } : {}),
    ...(typeof node.id === 'number' ? { at: { picture: scope.picture, node: node.id } } : {}),
  };
  if (NOTE_TYPES.has(type)) {
    const body = text(widgets[0]);
    if (body)
      into.notes.push({
        ...(text(node.title) ? { title: String(node.title) } : {}),
        text: body.slice(0, NOTE_MAX),
        markdown: type === 'MarkdownNote',
      });
    return;
  }
  for (const { on, ...lora } of lorasOfWidgets(type, widgets))
    into.loras.push({ ...lora, state: on ? state : 'off', node: name, ...where });
  for (const model of modelsOfWidgets(type, widgets)) into.models.push({ ...model, node: name, state, ...where });
  if (/lora/i.test(type) && widgets.length === 0 && !node.inputs)
    into.problems.push(`node ${String(node.id)} (${type}) has no widget values`);
}

const nodesOf = (graph: Json): unknown[] => (Array.isArray(graph.nodes) ? graph.nodes : []);

/**
 * The state each used subgraph runs in: that of its uses (a subgraph inside a bypassed one is bypassed too),
 * `on` where any use runs. A subgraph defined but never used loads nothing.
 */
function subgraphStates(nodes: unknown[], subgraphs: Map<string, Json>): Map<string, NodeState> {
  const states = new Map<string, NodeState>();
  const visit = (list: unknown[], outer: NodeState) => {
    for (const node of list) {
      if (!isObject(node) || typeof node.type !== 'string' || !subgraphs.has(node.type)) continue;
      const state = outer !== 'on' ? outer : stateOf(node.mode);
      const before = states.get(node.type);
      if (before === 'on' || (before && state !== 'on')) continue;
      states.set(node.type, state);
      visit(nodesOf(subgraphs.get(node.type)!), state);
    }
  };
  visit(nodes, 'on');
  return states;
}

function readUi(workflow: Json): WorkflowReading {
  const into = new Collected();
  const definitions = isObject(workflow.definitions) && Array.isArray(workflow.definitions.subgraphs) ? workflow.definitions.subgraphs : [];
  const subgraphs = new Map<string, Json>(
    definitions.filter(isObject).flatMap((graph) => (typeof graph.id === 'string' ? [[graph.id, graph]] : [])),
  );
  const nodes = Array.isArray(workflow.nodes) ? workflow.nodes : [];
  into.nodes = nodes.length + [...subgraphs.values()].reduce((sum, graph) => sum + nodesOf(graph).length, 0);
  for (const node of nodes) readUiNode(node, { state: 'on', picture: 'main' }, into, subgraphs);
  for (const [id, state] of subgraphStates(nodes, subgraphs)) {
    const graph = subgraphs.get(id)!;
    for (const node of nodesOf(graph)) readUiNode(node, { subgraph: text(graph.name) ?? 'subgraph', picture: id, state }, into, subgraphs);
  }
  const extra = isObject(workflow.extra) ? workflow.extra : {};
  return into.reading('ui', subgraphs.size, text(extra.frontendVersion), picturesOf(workflow, subgraphs));
}

function readApi(prompt: Json): WorkflowReading {
  const into = new Collected();
  for (const [id, node] of Object.entries(prompt)) {
    into.nodes += 1;
    if (!isObject(node) || typeof node.class_type !== 'string' || !isObject(node.inputs)) {
      into.problems.push(`node ${id} has no class_type or inputs`);
      continue;
    }
    const meta = isObject(node._meta) ? node._meta : {};
    const name = text(meta.title) ?? node.class_type;
    for (const { on, ...lora } of lorasOfInputs(node.class_type, node.inputs))
      into.loras.push({ ...lora, state: on ? 'on' : 'off', node: name });
    for (const model of modelsOfInputs(node.class_type, node.inputs)) into.models.push({ ...model, node: name, state: 'on' });
  }
  return into.reading('api', 0, undefined, []);
}

/** An API-format prompt: every value a node with a `class_type`. */
const isApiFormat = (value: Json): boolean =>
  Object.keys(value).length > 0 && Object.values(value).every((node) => isObject(node) && typeof node.class_type === 'string');
/** A UI-format workflow: its nodes, and the links or version every such file has. */
const isUiFormat = (value: Json): boolean =>
  Array.isArray(value.nodes) && (Array.isArray(value.links) || 'version' in value || 'last_node_id' in value);

function readJsonText(source: string, what: string): WorkflowRead {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { notWorkflow: `${what} is not valid JSON (${(error as Error).message})` };
  }
  if (isObject(value) && isUiFormat(value)) return { workflow: readUi(value) };
  if (isObject(value) && isApiFormat(value)) return { workflow: readApi(value) };
  return { notWorkflow: `${what} is JSON, but not a ComfyUI workflow (no nodes)` };
}

/**
 * A ComfyUI workflow from a file's bytes: JSON in the UI format (with its subgraphs) or the API format,
 * or a PNG or WebP that carries one. Anything else says why it is not one; nothing in a file can make
 * this throw.
 */
export function readWorkflow(bytes: Buffer, path: string): WorkflowRead {
  return isJsonPath(path) ? readWorkflowJson(bytes.toString('utf8')) : readWorkflowOfImage(embeddedTexts(bytes));
}

export const isJsonPath = (path: string): boolean => /\.json$/i.test(path);

/** A workflow from a JSON file's text. */
export const readWorkflowJson = (text: string): WorkflowRead => readJsonText(text.replace(/^\uFEFF/, ''), 'the file');

/** A workflow from the texts an image carries: ComfyUI's UI-format `workflow`, else its API-format `prompt`. */
export function readWorkflowOfImage(embedded: EmbeddedTexts): WorkflowRead {
  if (embedded.workflow) return readJsonText(embedded.workflow, 'the workflow the image carries');
  if (embedded.prompt) return readJsonText(embedded.prompt, 'the prompt the image carries');
  if (embedded.problem) return { notWorkflow: embedded.problem };
  return { notWorkflow: 'the image carries no workflow', quiet: true };
}
