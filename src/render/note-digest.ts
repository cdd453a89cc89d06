import { createHash } from 'node:crypto';
import type { ContextSettings } from '../build/build-context.ts';

/** Bump when the rendered output changes for the same text, so cached notes render again. */
const RENDER_VERSION = 15;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** What every note renders from besides its text: the set of notes, the workflows their links may lead to, and the link settings. */
export function linkSettingsDigest(
  settings: Pick<ContextSettings, 'base' | 'sourceRepo'>,
  ids: Iterable<string>,
  workflows: Iterable<string>,
): string {
  return hash(
    JSON.stringify({ RENDER_VERSION, base: settings.base, sourceRepo: settings.sourceRepo, ids: [...ids], workflows: [...workflows] }),
  );
}

/** Names one rendering of a note: its cache entry, its kept files and its checks go stale together. */
export const noteDigest = (text: string, linkSettings: string): string => `${hash(text)}-${linkSettings}`;
