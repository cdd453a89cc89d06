/** A description's length at most, as search results and share cards show it. */
const DESCRIPTION_MAX = 200;

/** Cuts at a word boundary so a description never ends mid-word. */
export function clip(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
