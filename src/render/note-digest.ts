import { createHash } from 'node:crypto';
import type { ContextSettings } from '../build/build-context.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * What every note renders from besides its own text and what it asks of the notes folder (which
 * src/notes/folder-facts.ts checks): the renderer's code and the settings its links resolve with.
 */
export function renderSettingsDigest(settings: Pick<ContextSettings, 'base' | 'sourceRepo'>, rendererVersion: string): string {
  return hash(JSON.stringify({ rendererVersion, base: settings.base, sourceRepo: settings.sourceRepo ?? null }));
}

/**
 * Names one rendering of a note: its text, at its path inside the notes folder (its links resolve from
 * there), with those settings. Its cache entry, kept files and checks go stale together.
 */
export const noteDigest = (text: string, notePath: string, renderSettings: string): string =>
  `${hash(text)}-${hash(`${notePath}\0${renderSettings}`)}`;
