import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every Markdown note of our own content and of both fixtures: the real texts plugins are checked on. */
export function fixtureNoteFiles(): string[] {
  return ['content', 'tests/fixtures/repository', 'tests/fixtures/site'].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(folder, file)),
  );
}
