import { describe, expect, it } from 'vitest';
import { graphSvg } from '../../src/workflows/graph-svg.ts';
import { graphOf } from '../../src/workflows/workflow-graph.ts';

const box = (id: number, title: string, state: 'on' | 'muted' | 'bypassed' = 'on') => ({
  id,
  x: id * 300,
  y: 0,
  width: 260,
  height: 100,
  title,
  state,
  collapsed: false,
});

describe('graphSvg', () => {
  it('draws groups, links and nodes at their places, every title as text', () => {
    const graph = graphOf(
      [box(0, '<script>alert(1)</script>'), box(1, 'Load "LoRA" & go', 'bypassed')],
      [{ from: 0, fromSlot: 0, to: 1, toSlot: 0 }],
      [{ x: -10, y: -60, width: 600, height: 200, title: '<img src=x onerror=alert(1)>', fontSize: 24 }],
    );
    const svg = graphSvg(graph, 'The graph of "a<b>.json"');
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).toContain('aria-label="The graph of &quot;a&lt;b&gt;.json&quot;"');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/scr');
    expect(svg).toContain('<g class="wf-bypassed"><rect x="300" y="-30" width="260" height="130" rx="6"></rect><text x="308"');
    expect(svg).toContain('Load &quot;LoRA&quot; &amp; go');
    expect(svg.match(/<path d="M260 14C/g)).toHaveLength(1);
    expect(svg).toContain(`viewBox="${graph.viewBox}"`);
    // A group's title at its own size, in the band at the group's top; one wider than its group is cut.
    const narrow = graphOf(
      [box(0, 'x')],
      [],
      [{ x: 0, y: -60, width: 200, height: 100, title: 'LoRAs (high and low noise) for the second pass', fontSize: 24 }],
    );
    expect(narrow.groups[0]!.title).toBe('LoRAs (high a…');
    expect(svg).toContain('<text x="0" y="-34" font-size="24">&lt;img src=x onerror=alert(1)&gt;</text>');
  });
});
