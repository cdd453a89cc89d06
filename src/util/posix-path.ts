import { sep } from 'node:path';

/** A path with `/` between its parts on every system, as messages and URLs write it. */
export const posixPath = (path: string): string => path.split(sep).join('/');
