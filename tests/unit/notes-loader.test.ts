import { describe, expect, it } from 'vitest';
import { BuildContext } from '../../src/build/build-context.ts';
import { notesLoader } from '../../src/render/notes-loader.ts';

describe('the notes loader', () => {
  // In `npm run dev` Astro evaluates the content config again on every saved note: a new loader each time would watch
  // the notes folder once more per save (each save then loading the notes several times) and render from scratch.
  it('is made once per build context, however often the content config asks for it', () => {
    const context = new BuildContext({ notesDir: '/notes', base: '/', sourceRepo: undefined });
    expect(notesLoader(context)).toBe(notesLoader(context));
    expect(notesLoader(new BuildContext({ notesDir: '/notes', base: '/', sourceRepo: undefined }))).not.toBe(notesLoader(context));
  });
});
