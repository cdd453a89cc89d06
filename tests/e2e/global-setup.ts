import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { builtSite, buildSite, fixtureEnv, repositoryEnv, type SiteKey } from '../helpers/build-site.ts';
import { ownerSourceRepo, referenceNotes, skipReason } from '../helpers/owner-notes.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture notes, built at the root. */
    siteUrl: string;
    /** The fixture notes, built and served under /lora-notes/ with SITE and EDIT_URL. */
    baseUrl: string;
    /** Our own notes in content/, built as `npm run build` does. */
    contentUrl: string;
    /** The owner's published notes, built as they are; empty when REFERENCE_NOTES is not set. */
    referenceUrl: string;
    /** A whole notes repository (tests/fixtures/repository) from its root, under /notes/, published with its broken links. */
    repositoryUrl: string;
  }
}

const sites: { key: SiteKey; env: Record<string, string>; base: string }[] = [
  { key: 'siteUrl', env: fixtureEnv, base: '/' },
  {
    key: 'baseUrl',
    env: {
      ...fixtureEnv,
      BASE: '/lora-notes/',
      SITE: 'https://notes.example.org',
      EDIT_URL: 'https://github.com/example/lora-notes/edit/main/content/',
    },
    base: '/lora-notes/',
  },
  { key: 'contentUrl', env: {}, base: '/' },
  { key: 'repositoryUrl', env: { ...repositoryEnv, BASE: '/notes/', BROKEN_LINKS: 'warn' }, base: '/notes/' },
  ...(referenceNotes
    ? [
        {
          key: 'referenceUrl' as const,
          // A folder of a larger repository: its links to notes not in the folder are reported, and published as written.
          env: { NOTES_DIR: referenceNotes, SOURCE_REPO: ownerSourceRepo, BROKEN_LINKS: 'warn' },
          base: '/',
        },
      ]
    : []),
];

/** Builds each site once and serves it on loopback for all the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!referenceNotes) console.log(`The owner's notes: ${skipReason.reference}.`);
  project.provide('referenceUrl', '');
  // Nothing left from an earlier run: a site not built this time must not be tested.
  rmSync(dirname(builtSite('siteUrl')), { recursive: true, force: true });
  const servers: StaticServer[] = [];
  for (const site of sites) {
    const outDir = builtSite(site.key);
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
