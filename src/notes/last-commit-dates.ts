import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Date of the last commit that touched each file under `dir`, from one `git log`
 * (one call per note would cost seconds on a large site). Outside a repository,
 * or in a clone without history, the map is empty and pages show no date.
 */
export function lastCommitDates(dir: string): Map<string, Date> {
  let log: string;
  try {
    log = execFileSync('git', ['-C', dir, 'log', '--relative', '--name-only', '--format=%x00%cI', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return new Map();
  }
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter(Boolean);
    if (!date) continue;
    for (const file of files) {
      const path = resolve(dir, file);
      if (!dates.has(path)) dates.set(path, new Date(date));
    }
  }
  return dates;
}
