import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, where Astro runs. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
