import { describe, expect, it } from 'vitest';
import { normaliseBase, readSettings } from '../../src/site.ts';

describe('site settings', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['lora-notes', '/lora-notes/'],
    ['/lora-notes', '/lora-notes/'],
    ['/lora-notes/', '/lora-notes/'],
  ])('normalises base %j to %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });

  it('reads the notes folder, source repository and edit URL from the environment', () => {
    const settings = readSettings(
      { NOTES_DIR: '../notes', SOURCE_REPO: 'https://github.com/o/r/blob/main/loras', BASE: 'x' },
      '/work/site',
    );
    expect(settings.notesDir).toBe('/work/notes');
    expect(settings.sourceRepo).toBe('https://github.com/o/r/blob/main/loras/');
    expect(settings.base).toBe('/x/');
    expect(settings.editUrl).toBeUndefined();
    expect(readSettings({}, '/work/site').notesDir).toBe('/work/site/content');
  });

  it('explains a source repository that is not a URL', () => {
    expect(() => readSettings({ SOURCE_REPO: 'github.com/o/r' })).toThrow(/SOURCE_REPO="github.com\/o\/r" is not an absolute URL/);
  });
});
