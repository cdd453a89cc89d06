import { relative, sep } from 'node:path';

/** A path with `/` between its parts on every system, as messages and URLs write it. */
export const posixPath = (path: string): string => path.split(sep).join('/');

/** A file as the build's messages name it: from the folder the build runs in, with `/`. */
export const shownPath = (file: string): string => posixPath(relative(process.cwd(), file));
