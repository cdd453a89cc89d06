/**
 * The folder a page shows, when it is a folder's page: `README` (or `index` at the root)
 * is the home page (`''`), `loras/README` is `loras/`'s page (`'loras'`). GitHub shows a
 * README, in any case, as its folder's page.
 */
export function folderOf(id: string): string | undefined {
  if (/^(readme|index)$/i.test(id)) return '';
  const match = /^(.+)\/readme$/i.exec(id);
  return match?.[1];
}

/** The root README (or index) is the site's contents page. */
export const isContentsPage = (id: string): boolean => folderOf(id) === '';

/** The folder a page belongs in: a note's folder, or the one a README shows (`''` for the root). */
export function folderHolding(id: string): string {
  return folderOf(id) ?? (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '');
}

/** The page URL of a note under the site's base path (`/`, `/lora-notes/`); a README's is its folder's. */
/** Where the site publishes a file of the notes folder: at its own path under the base path, byte for byte. */
export const fileUrl = (path: string, base: string): string => `${base}${encodeURI(path)}`;

/** A workflow's page: `workflow/` and the file's own path, extension and all, so `a.json` and `a.png` are two pages. */
export const workflowUrl = (path: string, base: string): string => `${base}workflow/${encodeURI(path)}/`;

export function noteUrl(id: string, base: string): string {
  const folder = folderOf(id);
  if (folder === undefined) return `${base}${encodeURI(id)}/`;
  return folder ? `${base}${encodeURI(folder)}/` : base;
}
