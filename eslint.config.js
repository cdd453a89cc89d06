// ESLint: typescript-eslint's recommended rules for the TypeScript, eslint-plugin-astro's for the .astro files, and the
// layers' import direction (docs/architecture.md).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ from the top layer down: a module imports from its own layer and those below, never from one
 * above, so the picture in docs/architecture.md stays true. The browser's scripts and the styles stand apart.
 */
const LAYERS = [
  ['pages', 'layouts', 'components'],
  ['integrations'],
  ['data'],
  ['render'],
  ['build'],
  ['workflows', 'news'],
  ['plugins'],
  ['models'],
  ['links'],
  ['notes'],
  ['util', 'security', 'images'],
];
/** The layers that read Astro's content store: the page data readers, and the site that shows what they read. */
const READS_CONTENT = new Set(['pages', 'layouts', 'components', 'data']);

const layerRules = LAYERS.map((layer, index) => ({
  files: layer.map((folder) => `src/${folder}/**`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns:
          index === 0
            ? []
            : [
                {
                  group: LAYERS.slice(0, index).flatMap((above) => above.map((folder) => `**/${folder}/**`)),
                  message: `${layer.map((folder) => `src/${folder}`).join(', ')} imports only from its own layer and those below (docs/architecture.md): move the imported code down, or this module up.`,
                },
              ],
        paths: layer.some((folder) => READS_CONTENT.has(folder))
          ? []
          : [{ name: 'astro:content', message: "Only the page data readers (src/data/) read Astro's content store." }],
      },
    ],
  },
}));

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'bench/', '.astro/', '.cache/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // The theme script runs in the browser, inline in every page's <head>.
  { files: ['src/scripts/**'], languageOptions: { globals: { ...globals.browser } } },
  ...layerRules,
);
