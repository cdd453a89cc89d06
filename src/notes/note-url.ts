/** The page URL of a note under the site's base path (`/`, `/lora-notes/`). */
export function noteUrl(id: string, base: string): string {
  return `${base}${encodeURI(id)}/`;
}
