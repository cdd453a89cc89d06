import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Two cores: the unit tests, then the browser tests and the site builds side by side (below).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A build may first wait its turn (below) behind a build or a dev server of a minute.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Beside the browser tests, which alone leave the cores partly idle while pages load. Builds share Astro's
          // .astro/ folder, so they take turns (tests/helpers/astro-lock.ts).
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          // A page's scripts and observers run when the renderer gets a core: beside the builds that can be seconds.
          expect: { poll: { timeout: 10_000 } },
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
