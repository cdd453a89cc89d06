import { messageOf } from '../util/note-error.ts';
import { shownPath } from '../util/posix-path.ts';

/**
 * Astro's schema error (`**notes → bad** data does not match…`, then `  **field**: message`)
 * as one line per field, at the line of the front matter that sets it.
 */
export function schemaProblems(error: unknown, text: string, file: string): string {
  const shown = shownPath(file);
  const lines = text.split('\n');
  const fields = [...messageOf(error).matchAll(/^\s*\*\*([^*]+)\*\*: (.*)$/gm)];
  if (fields.length === 0) return `${shown}: ${messageOf(error).replaceAll('**', '')}`;
  return fields
    .map(([, path = '', message = '']) => {
      const key = path.split('.')[0]!;
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      return `${shown}${at === -1 ? '' : `:${at + 1}`} front matter field "${path}": ${message}`;
    })
    .join('\n');
}
