import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../helpers/browser.ts';
import { builtSite, buildSitesOfOneFolder, fixtureEnv, projectRoot, repositoryEnv, type SiteKey } from '../helpers/build-site.ts';
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
    /** Where the test files connect to the one Chromium they share. */
    browserEndpoint: string;
  }
}

/** A cache of its own, for the sites of one notes folder that build at once. */
const ownCache = (key: SiteKey) => ({ CACHE_DIR: join(projectRoot, 'node_modules/.cache/lora-notes-tests', key) });

const sites: { key: SiteKey; env: Record<string, string>; base: string }[] = [
  { key: 'siteUrl', env: { ...fixtureEnv, ...ownCache('siteUrl') }, base: '/' },
  {
    key: 'baseUrl',
    env: {
      ...fixtureEnv,
      ...ownCache('baseUrl'),
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

/** Builds each site once and serves it on loopback for all the browser tests, and starts the Chromium they share. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!referenceNotes) console.log(`The owner's notes: ${skipReason.reference}.`);
  project.provide('referenceUrl', '');
  // Nothing left from an earlier run: a site not built this time must not be tested.
  rmSync(dirname(builtSite('siteUrl')), { recursive: true, force: true });
  const servers: StaticServer[] = [];
  // Sites of the same notes build at once; other notes wait their turn (Astro's .astro/ folder holds one notes folder's lists).
  const byNotes = Map.groupBy(sites, (site) => site.env.NOTES_DIR ?? 'content');
  for (const group of byNotes.values()) {
    const results = await buildSitesOfOneFolder(group.map((site) => ({ env: site.env, outDir: builtSite(site.key) })));
    for (const [index, site] of group.entries()) {
      const result = results[index]!;
      if (!result.ok) throw new Error(`Building the ${site.key} site failed:\n${result.output}`);
      const server = await serveStatic(result.outDir, site.base);
      servers.push(server);
      project.provide(site.key, server.url);
    }
  }
  const browser = await launchBrowserServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([...servers.map((server) => server.close()), browser.close()]);
  };
}
