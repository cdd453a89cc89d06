import type { WorkflowGraph } from './workflow-graph.ts';

/** Text from a workflow file, as SVG text or an attribute value: never markup. */
const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The picture of a workflow's graph as inline SVG: groups behind, links, then the nodes with their titles,
 * scaled by its viewBox to the column, with no script. Written as one string (every title escaped) rather than
 * a component per box: a page of 300 nodes is 1,000 elements, and the string takes a fraction of the time.
 */
export function graphSvg(graph: WorkflowGraph, label: string): string {
  const { fontSize } = graph;
  const groups = graph.groups
    .map(
      (group) =>
        `<g><rect x="${group.x}" y="${group.y}" width="${group.width}" height="${group.height}" rx="6"></rect>` +
        `<text x="${group.x + 10}" y="${group.y + Math.round(group.fontSize * 1.1)}" font-size="${group.fontSize}">${escape(group.title)}</text></g>`,
    )
    .join('');
  const links = graph.links.map((d) => `<path d="${d}"></path>`).join('');
  const nodes = graph.nodes
    .map(
      (node) =>
        `<g${node.state === 'on' ? '' : ` class="wf-${node.state}"`}><rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="6"></rect>` +
        `<text x="${node.x + 8}" y="${node.y + Math.round(fontSize * 1.3)}">${escape(node.title)}</text></g>`,
    )
    .join('');
  return (
    `<svg viewBox="${graph.viewBox}" role="img" aria-label="${escape(label)}" preserveAspectRatio="xMidYMin meet">` +
    `<g class="wf-groups">${groups}</g>` +
    `<g class="wf-links">${links}</g>` +
    `<g class="wf-nodes" font-size="${fontSize}">${nodes}</g></svg>`
  );
}
