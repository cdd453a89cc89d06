import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateScreenshots } from '../generate-screenshots.ts';

/** As many node-graph screenshots as the owner's repository has. */
export const SCREENSHOTS = 213;

/**
 * The bench's node-graph screenshots, in `workflow-notes/screenshots` under `work`, where the workflow notes embed
 * them: made once and kept, because they take minutes to make and are the same every time. Returns their names.
 */
export async function nodeGraphScreenshots(work: string): Promise<{ dir: string; names: string[] }> {
  const dir = join(work, 'workflow-notes/screenshots');
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    await generateScreenshots(SCREENSHOTS, dir);
    writeFileSync(join(dir, '.complete'), '');
  }
  return { dir, names: readdirSync(dir).filter((name) => !name.startsWith('.')).sort() };
}
