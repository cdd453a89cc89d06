import { describe, expect, it } from 'vitest';
import { buildNavigation, SIDEBAR_ALL, SIDEBAR_WINDOW, sidebarView, type NavNode } from '../../src/notes/navigation.ts';
import type { ContentsSection } from '../../src/notes/read-contents.ts';

const pages = (ids: string[]) => ids.map((id) => ({ id, title: id.toUpperCase() }));
const labels = (nodes: NavNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? [node.label, labels(node.children)] : node.label));

describe('buildNavigation', () => {
  const contents: ContentsSection[] = [
    { label: 'News', anchor: 'news', items: [{ label: 'SVI', href: '/n/svi/', children: [] }] },
    {
      label: 'Models',
      anchor: 'models',
      items: [
        {
          label: 'Wan',
          children: [{ label: 'Animate', href: '/n/animate/', children: [{ label: 'SCAIL', href: '/n/animate/#scail', children: [] }] }],
        },
        { label: 'Hub', href: 'https://huggingface.co/x', children: [{ label: 'HuMo', href: '/n/talkies/humo/', children: [] }] },
        { label: 'SVI again', href: '/n/svi/', children: [] },
      ],
    },
  ];
  const navigation = buildNavigation({
    pages: pages(['README', 'animate', 'svi', 'loose', 'talkies/humo', 'talkies/README', 'tools/up']),
    base: '/n/',
    contents: { id: 'README', sections: contents },
  });

  it('follows the contents page: its sections, labels and nesting, links out of the site left out', () => {
    expect(navigation.sections.slice(0, 2).map((section) => [section.label, labels(section.nodes)])).toEqual([
      ['News', ['SVI']],
      ['Models', [['Wan', [['Animate', ['SCAIL']]]], 'HuMo', 'SVI again']],
    ]);
    expect(navigation.sections[1]!.nodes[1]).toMatchObject({ href: '/n/talkies/humo/', id: 'talkies/humo' });
  });

  it('puts every page the contents page does not list after it, by folder, a folder’s README first', () => {
    expect(navigation.sections.slice(2).map((section) => [section.label, section.anchor, labels(section.nodes)])).toEqual([
      ['Other notes', 'more-notes', ['LOOSE']],
      ['talkies', 'more-talkies', ['TALKIES/README']],
      ['tools', 'more-tools', ['TOOLS/UP']],
    ]);
  });

  it('orders previous/next by the sidebar, each page once, the home page left out', () => {
    expect(navigation.order).toEqual(['svi', 'animate', 'talkies/humo', 'loose', 'talkies/README', 'tools/up']);
  });

  it('without a contents page, lists every page in reading order, as one list', () => {
    const plain = buildNavigation({ pages: pages(['b', 'a', 'g/c']), base: '/' });
    expect(plain.sections.map((section) => [section.label, section.anchor, labels(section.nodes)])).toEqual([
      [undefined, 'more-notes', ['B', 'A', 'G/C']],
    ]);
    expect(plain.order).toEqual(['b', 'a', 'g/c']);
  });
});

describe('sidebarView', () => {
  const many = (count: number, folder = '') => pages(Array.from({ length: count }, (_, i) => `${folder}n${String(i).padStart(4, '0')}`));

  // A contents page that lists nothing: every page in its folder's group.
  const byFolders = (list: { id: string; title: string }[]) =>
    buildNavigation({ pages: list, base: '/', contents: { id: 'README', sections: [] } });

  it('shows every group in full on a small site, all open', () => {
    const navigation = byFolders([...many(10), ...many(10, 'g/')]);
    expect(sidebarView(navigation, 'n0003').map((view) => [view.shown, view.open, view.nodes.length])).toEqual([
      ['all', true, 10],
      ['all', true, 10],
    ]);
  });

  it('on a large site keeps a page’s sidebar bounded: the current group only, a window onto it, others linked', () => {
    const navigation = byFolders([...many(5000), ...many(300, 'g/'), ...many(3, 'h/')]);
    const views = sidebarView(navigation, 'n2500');
    expect(views.map((view) => [view.section.label, view.shown, view.nodes.length, view.partial])).toEqual([
      ['Other notes', 'all', SIDEBAR_WINDOW, true],
      ['g', 'link', 0, false],
      ['h', 'link', 0, false],
    ]);
    expect(views[0]!.nodes.map((node) => node.id)).toContain('n2500');
    // Every page is reachable: the groups not shown link to the home page's list of them.
    expect(views.filter((view) => view.shown === 'link').map((view) => view.section.anchor)).toEqual(['more-g', 'more-h']);
    expect(sidebarView(navigation, 'h/n0001').map((view) => view.shown)).toEqual(['link', 'link', 'all']);
  });

  it('counts links, not pages, against the limit', () => {
    // A contents page that links each of 80 pages and a section of it: 160 links, more than the limit.
    const linked = (count: number, withSection: boolean, folder: string) =>
      Array.from({ length: count }, (_, i) => {
        const href = `/${folder}n${String(i).padStart(4, '0')}/`;
        return { label: `N${i}`, href, children: withSection ? [{ label: 'Setup', href: `${href}#setup`, children: [] }] : [] };
      });
    const contents = (items: ContentsSection['items'], more: ContentsSection['items']) => ({
      id: 'README',
      sections: [
        { label: 'A', anchor: 'a', items },
        { label: 'B', anchor: 'b', items: more },
      ],
    });
    const twice = buildNavigation({
      pages: [...many(80), ...many(2, 'b/')],
      base: '/',
      contents: contents(linked(80, true, ''), linked(2, false, 'b/')),
    });
    expect(twice.sections.reduce((sum, group) => sum + group.links, 0)).toBe(162);
    expect([82, 162, 142].map((count) => count > SIDEBAR_ALL)).toEqual([false, true, false]);
    expect(sidebarView(twice, 'b/n0001').map((view) => view.shown)).toEqual(['link', 'all']);
    // 140 pages under labels that link nowhere: 140 links, within it, however many entries.
    const labelled = buildNavigation({
      pages: [...many(140), ...many(2, 'b/')],
      base: '/',
      contents: contents(
        Array.from({ length: 20 }, (_, i) => ({ label: `Label ${i}`, children: linked(140, false, '').slice(i * 7, i * 7 + 7) })),
        linked(2, false, 'b/'),
      ),
    });
    expect(sidebarView(labelled, 'b/n0001').map((view) => view.shown)).toEqual(['all', 'all']);
  });
});
