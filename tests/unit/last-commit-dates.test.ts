import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/notes/last-commit-dates.ts';

function git(dir: string, args: string[], date?: string): void {
  const env = date ? { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : process.env;
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { stdio: 'ignore', env });
}

describe('lastCommitDates', () => {
  it('gives each file the date of the last commit that touched it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
    git(dir, ['init', '-q']);
    writeFileSync(join(dir, 'a.md'), '# A');
    writeFileSync(join(dir, 'b.md'), '# B');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'one'], '2025-10-14T10:00:00Z');
    writeFileSync(join(dir, 'b.md'), '# B2');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'two'], '2025-12-17T10:00:00Z');
    const dates = lastCommitDates(dir);
    expect(dates.get(join(dir, 'a.md'))?.toISOString()).toBe('2025-10-14T10:00:00.000Z');
    expect(dates.get(join(dir, 'b.md'))?.toISOString()).toBe('2025-12-17T10:00:00.000Z');
  });

  it('is empty outside a repository', () => {
    expect(lastCommitDates(mkdtempSync(join(tmpdir(), 'no-git-'))).size).toBe(0);
  });
});
