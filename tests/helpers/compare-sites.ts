import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * How two built sites differ, one line a file: missing on either side, or other bytes (with the first
 * place they part). Empty when they are the same, byte for byte.
 */
export function siteDifferences(expected: string, actual: string): string[] {
  const left = filesBelow(expected);
  const right = new Set(filesBelow(actual));
  const lines: string[] = [];
  for (const file of left) {
    if (!right.delete(file)) {
      lines.push(`only in the clean build: ${file}`);
      continue;
    }
    const a = readFileSync(join(expected, file));
    const b = readFileSync(join(actual, file));
    if (a.equals(b)) continue;
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
    lines.push(`differs: ${file} at byte ${at}\n  clean: ${around(a)}\n  warm:  ${around(b)}`);
  }
  for (const file of right) lines.push(`only in the warm build: ${file}`);
  return lines;
}

/** The broken-link and warning lines a build printed (`file:line:column …`), sorted: what its checks said. */
export const reportLines = (output: string): string[] =>
  output
    .split('\n')
    // A place is a file's (`notes/a.md:3:1`), never a log line's time (`18:04:28`).
    .filter((line) => /^\S+\.\w+:\d+:\d+ /.test(line) || /^\d+ (broken links?|accessibility warnings?) /.test(line))
    .sort();
