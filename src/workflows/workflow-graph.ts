/** A node as the workflow places it: `y` is the top of its body, its title bar above (as LiteGraph draws it). */
export interface GraphNodeInput {
  id: number;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  state: 'on' | 'muted' | 'bypassed';
  collapsed: boolean;
}

export interface GraphBox {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
}

/** A group, with its title's size as the workflow gives it: ComfyUI draws the title in a band that size at the group's top. */
export type GraphGroup = GraphBox & { fontSize: number };

/** The picture of a workflow's top level: groups behind, nodes as boxes with their titles, links as curves. */
export interface WorkflowGraph {
  /** `x y width height` of everything, with a margin. */
  viewBox: string;
  groups: GraphGroup[];
  nodes: (GraphBox & { state: GraphNodeInput['state'] })[];
  /** SVG path data, one curve per link. */
  links: string[];
  /** The nodes' titles' size in graph units: larger on a larger graph, so they stay readable when it is scaled to a column. */
  fontSize: number;
  /** How many nodes the picture shows of how many: a huge workflow is cut, not drawn whole. */
  shown: number;
  total: number;
}

/** LiteGraph's title bar and slot spacing, in graph units. */
const TITLE = 30;
const SLOT = 20;
/** More boxes than this make a page too heavy to be an overview; the picture says it shows part. */
export const GRAPH_NODES_MAX = 600;
/** Groups drawn at the most, for the same reason. */
export const GRAPH_GROUPS_MAX = 200;
/** The titles' size: about a 70th of the graph's width, so a column of 700 px shows them at some 10 px. */
const fontSizeFor = (width: number) => Math.round(Math.min(48, Math.max(15, width / 70)));

const round = (value: number) => Math.round(value);

/** A title cut to the box it stands in, with an ellipsis; a letter is about 0.55 of the font's size wide. */
function fitted(title: string, width: number, fontSize: number): string {
  const room = Math.max(3, Math.floor((width - 12) / (fontSize * 0.55)));
  return title.length <= room ? title : `${title.slice(0, room - 1)}…`;
}

/**
 * The graph's layout as the workflow saved it, in its own coordinates (the SVG's viewBox scales it to
 * any screen). Links run from an output slot on a node's right edge to an input slot on the left.
 */
export function graphOf(
  allNodes: readonly GraphNodeInput[],
  links: readonly { from: number; fromSlot: number; to: number; toSlot: number }[],
  groups: readonly GraphGroup[],
): WorkflowGraph {
  const nodes = allNodes.slice(0, GRAPH_NODES_MAX);
  const boxes = new Map(
    nodes.map((node) => {
      const width = node.collapsed ? Math.max(80, node.title.length * 8.5 + 40) : node.width;
      const height = node.collapsed ? 0 : node.height;
      return [node.id, { ...node, width, height }];
    }),
  );
  const shownGroups = groups.slice(0, GRAPH_GROUPS_MAX).map((group) => ({
    ...group,
    x: round(group.x),
    y: round(group.y),
    width: round(group.width),
    height: round(group.height),
  }));
  const extents = [
    ...[...boxes.values()].map((node) => [node.x, node.y - TITLE, node.x + node.width, node.y + node.height]),
    ...shownGroups.map((group) => [group.x, group.y, group.x + group.width, group.y + group.height]),
  ];
  // A loop, not Math.min(...spread): a spread of a hostile file's hundred thousand boxes overflows the stack.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [left, top, right, bottom] of extents as [number, number, number, number][]) {
    [minX, minY, maxX, maxY] = [Math.min(minX, left), Math.min(minY, top), Math.max(maxX, right), Math.max(maxY, bottom)];
  }
  const margin = 20;
  const slotY = (node: { y: number; collapsed: boolean }, slot: number) =>
    node.collapsed ? node.y - TITLE / 2 : node.y + SLOT * (slot + 0.7);
  const curves = links.flatMap(({ from, fromSlot, to, toSlot }) => {
    const start = boxes.get(from);
    const end = boxes.get(to);
    if (!start || !end) return [];
    const [x1, y1, x2, y2] = [start.x + start.width, slotY(start, fromSlot), end.x, slotY(end, toSlot)].map(round) as [
      number,
      number,
      number,
      number,
    ];
    const bend = round(Math.max(40, Math.abs(x2 - x1) / 2));
    return [`M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`];
  });
  const fontSize = fontSizeFor(maxX - minX);
  return {
    fontSize,
    viewBox: [minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin].map(round).join(' '),
    // A group's title keeps its own size, which fits the band above the group's nodes: a larger one would run under them.
    groups: shownGroups.map((group) => ({ ...group, title: fitted(group.title, group.width, group.fontSize) })),
    nodes: [...boxes.values()].map((node) => ({
      x: round(node.x),
      y: round(node.y - TITLE),
      width: round(node.width),
      height: round(node.height + TITLE),
      title: fitted(node.title, node.width, fontSize),
      state: node.state,
    })),
    links: curves,
    shown: nodes.length,
    total: allNodes.length,
  };
}
