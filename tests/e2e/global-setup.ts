import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ownerSourceRepo, projectRoot, referenceNotes } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Our notes, built at the root. */
    rootUrl: string;
    /** Our notes, built and served under /lora-notes/. */
    baseUrl: string;
    /** The owner's published notes, built as they are. */
    referenceUrl: string;
  }
}

const sites = [
  { key: 'rootUrl', env: {}, base: '/' },
  {
    key: 'baseUrl',
    env: { BASE: '/lora-notes/', SITE: 'https://notes.example.org', EDIT_URL: 'https://github.com/example/lora-notes/edit/main/content/' },
    base: '/lora-notes/',
  },
  { key: 'referenceUrl', env: { NOTES_DIR: referenceNotes, SOURCE_REPO: ownerSourceRepo }, base: '/' },
] as const;

/** Builds each variant of the site once and serves it on loopback for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: StaticServer[] = [];
  for (const site of sites) {
    const outDir = join(projectRoot, 'dist-test', site.key);
    rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite(site.env, outDir);
    if (!result.ok) throw new Error(`Building the ${site.key} site failed:\n${result.output}`);
    const server = await serveStatic(outDir, site.base);
    servers.push(server);
    project.provide(site.key, server.url);
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
