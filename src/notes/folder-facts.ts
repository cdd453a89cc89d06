import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { NoteLinksOptions, PathKind } from './link-options.ts';
import { folderOf } from './note-url.ts';
import { suggest } from '../util/suggest.ts';

/**
 * What resolving a note's links may ask of the notes folder and the site, each about one subject
 * (a path inside the notes folder, a note id or a folder):
 * - `kind`: what is at the path (`file`, `folder`, `elsewhere`, or nothing);
 * - `near-file`: the name beside a missing file nearest to it;
 * - `note`: whether the id is a published note;
 * - `near-note`: the published note's id nearest to a missing one;
 * - `readme`: the id of the folder's README;
 * - `workflow`: whether the file is a ComfyUI workflow.
 */
export type FolderQuestion = 'kind' | 'near-file' | 'note' | 'near-note' | 'readme' | 'workflow';

/**
 * Everything a note's render learned of the world outside its text: each question asked
 * (`"kind screenshots/a.png"`) with its answer (`""` for none). Kept with the rendering, which
 * is reused only while every answer still holds: a screenshot added, a note renamed or a JSON
 * file that became a workflow renders again exactly the notes that asked about it.
 */
export type FolderFacts = Record<string, string>;

/** What is at `path`; a symbolic link whose real path leaves `notesDir` (the real path) is `elsewhere`. */
function statKind(path: string, notesDir: string): PathKind {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!realpathSync(path).startsWith(notesDir + sep)) return 'elsewhere';
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : undefined;
}

/** The name beside a missing file nearest to its own (`sdpose.web` → `sdpose.webp`). */
function nearbyName(target: string): string | undefined {
  try {
    return suggest(
      basename(target),
      readdirSync(dirname(target)).filter((name) => !name.startsWith('.')),
    );
  } catch {
    return undefined;
  }
}

const yes = (answer: boolean): string => (answer ? 'yes' : '');

/** Asks the notes folder (as `options` describe it now) one question, answered as a string (`""` for none). */
export function answerOf(question: FolderQuestion, subject: string, options: NoteLinksOptions): string {
  const { notesDir, noteIds } = options;
  switch (question) {
    case 'kind': {
      const target = join(notesDir, subject);
      return (options.pathKind ? options.pathKind(target) : statKind(target, notesDir)) ?? '';
    }
    case 'near-file':
      return nearbyName(resolve(notesDir, subject)) ?? '';
    case 'note':
      return yes(noteIds.has(subject));
    case 'near-note':
      return suggest(subject, noteIds) ?? '';
    case 'readme':
      return [...noteIds].find((id) => folderOf(id) === subject) ?? '';
    case 'workflow':
      return yes(options.workflows?.has(subject) ?? false);
  }
}

/** Asks the notes folder questions and writes down each answer, for `factsHold` to ask again before a rendering is reused. */
export class FolderAsker {
  readonly facts: FolderFacts = {};
  readonly options: NoteLinksOptions;

  constructor(options: NoteLinksOptions) {
    this.options = options;
  }

  ask(question: FolderQuestion, subject: string): string {
    const key = `${question} ${subject}`;
    return (this.facts[key] ??= answerOf(question, subject, this.options));
  }
}

/** Whether every answer a rendering was made from is still the answer the notes folder gives. */
export function factsHold(facts: FolderFacts, options: NoteLinksOptions): boolean {
  return Object.entries(facts).every(([key, answer]) => {
    const space = key.indexOf(' ');
    return answerOf(key.slice(0, space) as FolderQuestion, key.slice(space + 1), options) === answer;
  });
}
