import { SUBGRAPH_INPUT, SUBGRAPH_OUTPUT, type GraphPicture, type PictureNode, type PictureWidget } from './graph-picture.ts';

/** LiteGraph's measures, in graph units: the title bar, a slot's row, a widget's row and the gap between rows. */
const TITLE = 30;
const SLOT = 20;
const ROW = 20;
const GAP = 4;
/** A text box (a prompt) shows this many lines; the rest is its tooltip. */
const TEXT_LINES = 2;
/** Text sizes as ComfyUI draws them: titles 14, slots and widgets 12. */
const TITLE_SIZE = 14;
const SMALL_SIZE = 12;
/** How wide a letter is, as a share of the font's size, in the sans-serif the picture uses: an estimate on the long side. */
const LETTER = 0.58;
const REROUTE_NODE = { width: 75, height: 26 };
/** ComfyUI's slot and link colours (its default dark palette) exist for these types; the CSS names each. */
const COLOURED_TYPES = new Set([
  'CLIP',
  'CLIP_VISION',
  'CLIP_VISION_OUTPUT',
  'CONDITIONING',
  'CONTROL_NET',
  'IMAGE',
  'LATENT',
  'MASK',
  'MODEL',
  'STYLE_MODEL',
  'VAE',
  'NOISE',
  'GUIDER',
  'SAMPLER',
  'SIGMAS',
  'TAESD',
  'AUDIO',
  'VIDEO',
]);

/** Text from a workflow file, as SVG text or an attribute value: never markup. */
const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const round = Math.round;
const typeClass = (type: string): string => (COLOURED_TYPES.has(type) ? ` t-${type}` : '');

/** `text` cut to `room` graph units at `size`, with an ellipsis. */
function fitted(text: string, room: number, size: number): string {
  const letters = Math.max(2, Math.floor(room / (size * LETTER)));
  const line = text.replace(/\s+/g, ' ');
  return line.length <= letters ? line : `${line.slice(0, letters - 1)}…`;
}

/** `text` in lines of `room` units, at most `lines` of them, the last cut with an ellipsis where more follows. */
function wrapped(text: string, room: number, size: number, lines: number): string[] {
  const letters = Math.max(4, Math.floor(room / (size * LETTER)));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      for (let rest = word; rest;) {
        const piece = line ? ` ${rest}` : rest;
        if (line.length + piece.length <= letters) {
          line += piece;
          rest = '';
        } else if (line) {
          out.push(line);
          line = '';
        } else {
          out.push(rest.slice(0, letters));
          rest = rest.slice(letters);
        }
      }
    }
    out.push(line);
    if (out.length > lines) break;
  }
  const shown = out.slice(0, lines);
  if (out.length > lines || shown.join('\n').length < text.trim().length - 1)
    shown[lines - 1] = fitted(`${shown[lines - 1] ?? ''}…`, room, size);
  return shown.filter((line, index) => line || index === 0);
}

/** How tall a widget's row is. */
const rowHeight = (widget: PictureWidget): number => (widget.kind === 'text' ? ROW * TEXT_LINES : ROW);

/** Where a node's parts are: its box (title bar included), its slots' points, its widgets' rows. */
interface Placed {
  node: PictureNode;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The input slot rows by their index in the node's `inputs`. */
  inputRow: Map<number, number>;
  widgetTop: number;
}

function place(node: PictureNode): Placed {
  const inputRow = new Map(node.inputs.map((input, row) => [input.index, row]));
  if (node.reroute)
    return { node, left: node.x, top: node.y, width: REROUTE_NODE.width, height: REROUTE_NODE.height, inputRow, widgetTop: 0 };
  if (node.collapsed) {
    const width = Math.max(80, node.title.length * TITLE_SIZE * LETTER + 40);
    return { node, left: node.x, top: node.y - TITLE, width, height: TITLE, inputRow, widgetTop: 0 };
  }
  const widgetTop = node.y + Math.max(node.inputs.length, node.outputs.length) * SLOT + 6;
  const needed = widgetTop - node.y + node.widgets.reduce((sum, widget) => sum + rowHeight(widget) + GAP, 0) + 6;
  return { node, left: node.x, top: node.y - TITLE, width: node.width, height: TITLE + Math.max(node.height, needed), inputRow, widgetTop };
}

/** A slot's point: on the left edge for an input, the right for an output; a collapsed node's at its title. */
function slotPoint(placed: Placed, side: 'in' | 'out', slot: number): [number, number] {
  const x = side === 'in' ? placed.left : placed.left + placed.width;
  if (placed.node.reroute) return [x, placed.top + REROUTE_NODE.height / 2];
  if (placed.node.collapsed) return [x, placed.top + TITLE / 2];
  const row = side === 'in' ? (placed.inputRow.get(slot) ?? slot) : slot;
  return [x, placed.top + TITLE + SLOT * (row + 0.7)];
}

/** The least and greatest value a cubic Bézier takes between its ends `p0` and `p3`, with control values `p1` and `p2`. */
function cubicRange(p0: number, p1: number, p2: number, p3: number): [number, number] {
  let [low, high] = [Math.min(p0, p3), Math.max(p0, p3)];
  // Where the derivative, a(t²) + b·t + c, is zero inside the stretch, the curve turns.
  const [a, b, c] = [p3 - 3 * p2 + 3 * p1 - p0, 2 * (p2 - 2 * p1 + p0), p1 - p0];
  const roots =
    Math.abs(a) < 1e-9
      ? b === 0
        ? []
        : [-c / b]
      : [(-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a), (-b - Math.sqrt(b * b - 4 * a * c)) / (2 * a)];
  for (const t of roots) {
    if (!(t > 0 && t < 1)) continue;
    const value = (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;
    [low, high] = [Math.min(low, value), Math.max(high, value)];
  }
  return [low, high];
}

/** A link as drawn: its path, the point for its dot, and how far left and right its curve reaches. */
interface Curve {
  d: string;
  middle: [number, number];
  left: number;
  right: number;
}

/**
 * A link's curve through its reroutes, each stretch leaving and reaching a point level, as LiteGraph draws splines.
 * A link back to a node on its left swings out past both, which the picture's bounds must take in.
 */
function curve(points: [number, number][]): Curve {
  let d = `M${round(points[0]![0])} ${round(points[0]![1])}`;
  let middle: [number, number] = points[0]!;
  let [left, right] = [points[0]![0], points[0]![0]];
  const half = Math.floor((points.length - 1) / 2);
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    d += `C${round(x1 + bend)} ${round(y1)} ${round(x2 - bend)} ${round(y2)} ${round(x2)} ${round(y2)}`;
    // The point halfway along the middle stretch, where ComfyUI puts the link's dot.
    if (i - 1 === half) middle = [(x1 + 3 * (x1 + bend) + 3 * (x2 - bend) + x2) / 8, (y1 + y2) / 2];
    const [low, high] = cubicRange(x1, x1 + bend, x2 - bend, x2);
    [left, right] = [Math.min(left, low), Math.max(right, high)];
  }
  return { d, middle, left, right };
}

function widgetSvg(widget: PictureWidget, left: number, top: number, width: number): string {
  const x = round(left + 15);
  const y = round(top);
  const w = round(width - 30);
  const full = widget.name ? `${widget.name}: ${widget.value}` : widget.value;
  if (widget.kind === 'text') {
    const lines = wrapped(widget.value, w - 16, SMALL_SIZE, TEXT_LINES);
    const spans = lines.map((line, index) => `<tspan x="${x + 8}" y="${y + 15 + index * 16}">${escape(line)}</tspan>`).join('');
    return `<g class="w"><title>${escape(full)}</title><rect class="wt" x="${x}" y="${y}" width="${w}" height="${rowHeight(widget)}" rx="6"/><text class="wv">${spans}</text></g>`;
  }
  const name = widget.name ?? '';
  const pad = widget.kind === 'toggle' ? 34 : 22;
  // The value first, as ComfyUI does: the name gives way to it, down to a few letters.
  const room = w - 2 * pad;
  const nameRoom = name
    ? Math.max(Math.min(name.length, 6) * SMALL_SIZE * LETTER, room - widget.value.length * SMALL_SIZE * LETTER - 12)
    : 0;
  const value = fitted(widget.value, room - (name ? Math.min(nameRoom, name.length * SMALL_SIZE * LETTER) + 12 : 0), SMALL_SIZE);
  const cut = value !== widget.value.replace(/\s+/g, ' ');
  const parts = [
    cut ? `<title>${escape(full)}</title>` : '',
    `<rect class="wr" x="${x}" y="${y}" width="${w}" height="${ROW}" rx="${ROW / 2}"/>`,
    widget.kind === 'toggle'
      ? `<circle class="wo${widget.value === 'true' ? ' on' : ''}" cx="${x + w - 14}" cy="${y + ROW / 2}" r="6"/>`
      : `<path class="wa" d="M${x + 8} ${y + 10}l6-4v8zM${x + w - 8} ${y + 10}l-6-4v8z"/>`,
    name ? `<text class="wn" x="${x + pad - 6}" y="${y + 14}">${escape(fitted(name, nameRoom, SMALL_SIZE))}</text>` : '',
    `<text class="wv" x="${x + w - pad + 6}" y="${y + 14}" text-anchor="end">${escape(value)}</text>`,
  ];
  return `<g class="w">${parts.join('')}</g>`;
}

/** The node's colours where its author set them, as attributes (the stylesheet colours the others). */
const fill = (value: string | undefined, fallback: string): string => (value ? ` fill="${escape(value)}"` : ` class="${fallback}"`);

export interface GraphPictureSvgOptions {
  /** `full`: every slot, widget and badge, for the viewer; `overview`: title bars and links, for the page's column. */
  detail: 'full' | 'overview';
  /** What the picture shows, for screen readers. */
  label: string;
  /** Where a subgraph's own picture is, for the nodes that run it; without it they lead nowhere. */
  pictureUrl?: (id: string) => string;
  /** A stylesheet the file loads (`<?xml-stylesheet?>`), for a picture served as a file of its own. */
  stylesheet?: string;
}

function nodeSvg(placed: Placed, options: GraphPictureSvgOptions, overviewSize: number): string {
  const { node, left, top, width, height } = placed;
  const full = options.detail === 'full';
  const classes = ['n', node.state === 'on' ? '' : `s-${node.state}`, node.id === SUBGRAPH_INPUT || node.id === SUBGRAPH_OUTPUT ? 'io' : '']
    .filter(Boolean)
    .join(' ');
  const attributes = [
    full ? ` id="node-${node.id}"` : '',
    ` class="${classes}"`,
    full && node.pack ? ` data-pack="${escape(node.pack)}"` : '',
  ].join('');
  const parts: string[] = [];
  const [x, y, w, h] = [left, top, width, height].map(round) as [number, number, number, number];
  if (node.reroute) {
    parts.push(`<rect${fill(node.bgcolor, 'nb')} x="${x}" y="${y}" width="${w}" height="${h}" rx="${h / 2}"/>`);
  } else {
    parts.push(`<rect${fill(node.bgcolor, 'nb')} x="${x}" y="${y}" width="${w}" height="${h}" rx="8"/>`);
    parts.push(`<rect${fill(node.color, 'nt')} x="${x}" y="${y}" width="${w}" height="${TITLE}" rx="8"/>`);
    if (!node.collapsed) parts.push(`<rect${fill(node.color, 'nt')} x="${x}" y="${y + TITLE - 8}" width="${w}" height="8"/>`);
    const size = full ? TITLE_SIZE : overviewSize;
    const title = escape(fitted(node.title, w - (full ? 36 : 12), size));
    const titleText = full
      ? `<circle class="nd" cx="${x + 15}" cy="${y + 15}" r="5"/><text class="tt" x="${x + 28}" y="${y + 20}">${title}</text>`
      : `<text class="tt" x="${x + 6}" y="${y + round(size * 1.1)}" font-size="${size}">${title}</text>`;
    const target = node.opens && options.pictureUrl ? options.pictureUrl(node.opens) : undefined;
    parts.push(
      target && full
        ? `<a class="sg" href="${escape(target)}">${titleText}<text class="so" x="${x + w - 10}" y="${y + 20}" text-anchor="end">open ›</text></a>`
        : titleText,
    );
  }
  if (full && !node.reroute) {
    if (node.id >= 0) {
      const badge = `#${node.id}${node.pack ? ` ${node.pack}` : ''}`;
      parts.push(
        `<text class="bd" x="${x + w}" y="${y - 6}" text-anchor="end">${escape(fitted(badge, Math.max(w, 160), SMALL_SIZE))}</text>`,
      );
    }
    if (!node.collapsed) {
      // Names share the width where a node has slots on both sides.
      const half = node.inputs.length > 0 && node.outputs.length > 0 ? w / 2 - 14 : w - 24;
      node.inputs.forEach((input, row) => {
        const cy = round(y + TITLE + SLOT * (row + 0.7));
        parts.push(`<circle class="sd${typeClass(input.type)}" cx="${x}" cy="${cy}" r="4"/>`);
        parts.push(`<text class="sl" x="${x + 10}" y="${cy + 4}">${escape(fitted(input.name, half, SMALL_SIZE))}</text>`);
      });
      node.outputs.forEach((output, row) => {
        const cy = round(y + TITLE + SLOT * (row + 0.7));
        parts.push(`<circle class="sd${typeClass(output.type)}" cx="${x + w}" cy="${cy}" r="4"/>`);
        parts.push(
          `<text class="sl" x="${x + w - 10}" y="${cy + 4}" text-anchor="end">${escape(fitted(output.name, half, SMALL_SIZE))}</text>`,
        );
      });
      let rowTop = placed.widgetTop;
      for (const widget of node.widgets) {
        parts.push(widgetSvg(widget, x, rowTop, w));
        rowTop += rowHeight(widget) + GAP;
      }
      if (node.note !== undefined) {
        const lines = wrapped(node.note, w - 24, SMALL_SIZE, Math.max(1, Math.floor((h - TITLE - 12) / 16)));
        const spans = lines
          .map((line, index) => `<tspan x="${x + 12}" y="${y + TITLE + 20 + index * 16}">${escape(line)}</tspan>`)
          .join('');
        parts.push(`<text class="nn">${spans}</text>`);
      }
    }
  }
  if (node.state === 'bypassed') parts.push(`<rect class="bp" x="${x}" y="${y}" width="${w}" height="${h}" rx="8"/>`);
  return `<g${attributes}>${parts.join('')}</g>`;
}

/** `x y width height` of everything drawn, badges, group titles and links' curves included, with a margin. */
function extentOf(placed: Placed[], picture: GraphPicture, curves: Curve[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (left: number, top: number, right: number, bottom: number) => {
    [minX, minY, maxX, maxY] = [Math.min(minX, left), Math.min(minY, top), Math.max(maxX, right), Math.max(maxY, bottom)];
  };
  // Loops, not Math.min(...spread): a spread of a hostile file's hundred thousand boxes overflows the stack.
  for (const box of placed) grow(box.left, box.top - 20, box.left + box.width, box.top + box.height);
  for (const group of picture.groups) grow(group.x, group.y, group.x + group.width, group.y + group.height);
  for (const [x, y] of picture.reroutes) grow(x - 10, y - 10, x + 10, y + 10);
  // A curve's height stays between its ends, which are slots and reroutes, already inside; only its width can reach out.
  for (const { left, right } of curves) [minX, maxX] = [Math.min(minX, left), Math.max(maxX, right)];
  const margin = 40;
  return [minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin].map(round) as [number, number, number, number];
}

/**
 * A graph as ComfyUI draws it, in its own coordinates: groups behind, then links coloured by type through their
 * reroutes, then the nodes. `full` draws what the owner's screenshots show (title bars, slots, a row per widget
 * with its value, badges); `overview` only boxes, titles and links, light enough for the page itself. Written as
 * one string, every text from the file escaped and every colour checked, with classes for the stylesheet
 * (`src/styles/workflow-graph.css`), so the strict Content-Security-Policy needs no inline style.
 */
export function graphPictureSvg(picture: GraphPicture, options: GraphPictureSvgOptions): string {
  const placed = picture.nodes.map(place);
  const byId = new Map(placed.map((box) => [box.node.id, box]));
  const drawn = picture.links.flatMap((link) => {
    const [start, end] = [byId.get(link.from), byId.get(link.to)];
    return start && end
      ? [{ link, path: curve([slotPoint(start, 'out', link.fromSlot), ...link.via, slotPoint(end, 'in', link.toSlot)]) }]
      : [];
  });
  const paths = drawn.map(({ path }) => path);
  const [vx, vy, vw, vh] = extentOf(placed, picture, paths);
  const overviewSize = round(Math.min(48, Math.max(15, vw / 70)));
  const full = options.detail === 'full';
  const groups = picture.groups
    .map((group) => {
      const [x, y, w, h] = [group.x, group.y, group.width, group.height].map(round);
      const colour = group.color ? ` fill="${escape(group.color)}"` : '';
      return (
        `<g class="g"><rect${colour} x="${x}" y="${y}" width="${w}" height="${h}" rx="4"/>` +
        `<text x="${x! + 10}" y="${y! + round(group.fontSize * 1.1)}" font-size="${group.fontSize}">${escape(fitted(group.title, w! - 20, group.fontSize))}</text></g>`
      );
    })
    .join('');
  const links = drawn
    .map(({ link, path: { d, middle } }) => {
      const dot = full ? `<circle class="ld${typeClass(link.type)}" cx="${round(middle[0])}" cy="${round(middle[1])}" r="5"/>` : '';
      return `<path class="l${typeClass(link.type)}" d="${d}"/>${dot}`;
    })
    .join('');
  const reroutes = full ? picture.reroutes.map(([x, y]) => `<circle class="rr" cx="${round(x)}" cy="${round(y)}" r="6"/>`).join('') : '';
  const nodes = placed.map((box) => nodeSvg(box, options, overviewSize)).join('');
  const head = options.stylesheet
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/css" href="${escape(options.stylesheet)}"?>\n`
    : '';
  const size = full ? ` width="${vw}" height="${vh}"` : '';
  return (
    `${head}<svg xmlns="http://www.w3.org/2000/svg" class="wfg wfg-${options.detail}" viewBox="${vx} ${vy} ${vw} ${vh}"${size} role="${full ? 'group' : 'img'}" aria-label="${escape(options.label)}">` +
    `<rect class="bg" x="${vx}" y="${vy}" width="${vw}" height="${vh}"/>` +
    `<g class="gs">${groups}</g><g class="ls">${links}${reroutes}</g><g class="ns">${nodes}</g></svg>`
  );
}
