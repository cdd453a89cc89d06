import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to a mistyped name (`trivai` -> `trivia`), or nothing when
 * even the nearest is too far off to be what the author meant.
 */
export function suggest(wanted: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || !wanted) return undefined;
  const near = closest(wanted, list);
  return distance(wanted, near) <= Math.max(2, Math.floor(wanted.length / 3)) ? near : undefined;
}
