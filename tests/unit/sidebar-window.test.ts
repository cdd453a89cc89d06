import { describe, expect, it } from 'vitest';
import { SIDEBAR_ALL, SIDEBAR_WINDOW, sidebarWindow } from '../../src/notes/sidebar-window.ts';

const notes = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `n${index}` }));

describe('sidebarWindow', () => {
  it('lists every note of a small site', () => {
    expect(sidebarWindow(notes(SIDEBAR_ALL), 'n3')).toEqual({ shown: notes(SIDEBAR_ALL), partial: false });
  });

  it('shows a window centred on the current note of a large site', () => {
    const { shown, partial } = sidebarWindow(notes(5000), 'n2500');
    expect(partial).toBe(true);
    expect(shown).toHaveLength(SIDEBAR_WINDOW);
    expect(shown[0]!.id).toBe('n2480');
    expect(shown.at(-1)!.id).toBe('n2520');
  });

  it('keeps the window inside the list at both ends, and starts at the top off note pages', () => {
    expect(sidebarWindow(notes(500), 'n1').shown[0]!.id).toBe('n0');
    expect(sidebarWindow(notes(500), 'n499').shown.at(-1)!.id).toBe('n499');
    expect(sidebarWindow(notes(500), undefined).shown[0]!.id).toBe('n0');
  });
});
