import { messageOf } from '../util/note-error.ts';
import { shownPath } from '../util/posix-path.ts';

/** A parser's place in its message (`Expected a closing tag for <Callout> (3:1-3:22)`), which the line should start with. */
const TRAILING_PLACE = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/;

/**
 * Why a note cannot be published, each line starting with its file (and line:column where the error knows
 * it), as every other report does: a parser's message (MDX's, YAML's) names neither.
 */
export function problemIn(file: string, error: unknown): string {
  const shown = shownPath(file);
  const { line, column } = (error ?? {}) as { line?: unknown; column?: unknown };
  return messageOf(error)
    .split('\n')
    .map((text) => {
      if (!text || text.startsWith(shown) || text.startsWith(file)) return text;
      const place = TRAILING_PLACE.exec(text);
      if (place) return `${shown}:${place[1]}:${place[2]} ${text.slice(0, place.index)}`;
      if (typeof line === 'number') return `${shown}:${line}${typeof column === 'number' ? `:${column}` : ''} ${text}`;
      return `${shown}: ${text}`;
    })
    .join('\n');
}
