// ESLint: typescript-eslint's recommended rules for the TypeScript, eslint-plugin-astro's for the .astro files.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'bench/', '.astro/', '.cache/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // The theme script runs in the browser, inline in every page's <head>.
  { files: ['src/scripts/**'], languageOptions: { globals: { ...globals.browser } } },
);
