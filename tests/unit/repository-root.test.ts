import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/notes/repository-root.ts';

describe('repositoryRoot', () => {
  it('finds the root at its ref on each host whose file URLs have a known shape', () => {
    expect(repositoryRoot('https://github.com/o/r/blob/main/notes/loras/')).toBe('https://github.com/o/r/blob/main/');
    expect(repositoryRoot('https://github.com/o/r/tree/v2/')).toBe('https://github.com/o/r/tree/v2/');
    expect(repositoryRoot('https://gitlab.com/group/sub/r/-/blob/main/notes/')).toBe('https://gitlab.com/group/sub/r/-/blob/main/');
    expect(repositoryRoot('https://codeberg.org/o/r/src/branch/main/notes/')).toBe('https://codeberg.org/o/r/src/branch/main/');
    expect(repositoryRoot('https://bitbucket.org/o/r/src/abc123/notes/')).toBe('https://bitbucket.org/o/r/src/abc123/');
    expect(repositoryRoot('https://git.example.org/o/r/blob/main/')).toBe('https://git.example.org/o/r/blob/main/');
  });

  it('has no root for a URL of no known shape, so nothing is reported as above it', () => {
    expect(repositoryRoot('https://example.org/notes/')).toBeUndefined();
    expect(repositoryRoot('https://github.com/o/r/')).toBeUndefined();
  });
});
