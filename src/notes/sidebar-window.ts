/** Up to this many notes, the sidebar lists them all. */
export const SIDEBAR_ALL = 60;
/** Beyond that, it lists this many around the current note, so every page stays the same size however many notes there are. */
export const SIDEBAR_WINDOW = 41;

/** Which notes the sidebar shows, and whether it is a window onto a longer list. */
export function sidebarWindow<T extends { id: string }>(
  notes: readonly T[],
  currentId: string | undefined,
): { shown: readonly T[]; partial: boolean } {
  if (notes.length <= SIDEBAR_ALL) return { shown: notes, partial: false };
  const at = Math.max(
    0,
    notes.findIndex((note) => note.id === currentId),
  );
  const start = Math.min(Math.max(0, at - Math.floor(SIDEBAR_WINDOW / 2)), notes.length - SIDEBAR_WINDOW);
  return { shown: notes.slice(start, start + SIDEBAR_WINDOW), partial: true };
}
