import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Grammar } from '@wooorm/starry-night';
import type { Element, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walkTree } from '../util/walk-tree.ts';

type StarryNight = Awaited<ReturnType<typeof import('@wooorm/starry-night').createStarryNight>>;

/**
 * The languages these notes write code in (Python, JSON, shell, YAML, JavaScript and TypeScript, diffs, TOML and INI
 * settings): any other, and `text`, shows plain. Each is one of GitHub's own grammars, as starry-night ships them.
 */
const GRAMMARS = [
  'source.python',
  'source.json',
  'source.shell',
  'source.yaml',
  'source.js',
  'source.ts',
  'source.diff',
  'source.toml',
  'source.ini',
];

let starryNight: Promise<StarryNight> | undefined;

/**
 * starry-night with just those grammars, made on the first code block that needs it. Its main module also loads
 * every one of its 600 grammars (0.6 s on each render thread), so its factory is imported from the file that
 * defines it.
 */
function loadStarryNight(): Promise<StarryNight> {
  return (starryNight ??= (async () => {
    const main = createRequire(import.meta.url).resolve('@wooorm/starry-night');
    const factory = pathToFileURL(join(dirname(main), 'lib/index.js')).href;
    const { createStarryNight } = (await import(/* @vite-ignore */ factory)) as typeof import('@wooorm/starry-night');
    const grammars = await Promise.all(
      GRAMMARS.map(async (scope) => ((await import(/* @vite-ignore */ `@wooorm/starry-night/${scope}`)) as { default: Grammar }).default),
    );
    return createStarryNight(grammars);
  })());
}

/** The language a `<code>` in a `<pre>` is written in, from its `language-…` class (as remark-rehype writes a fence's). */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const name = Array.isArray(classes) ? classes.find((value) => String(value).startsWith('language-')) : undefined;
  return name === undefined ? undefined : String(name).slice('language-'.length);
}

/**
 * Colours code blocks as GitHub does, with GitHub's grammars and its `pl-*` class names: the site's stylesheet
 * colours them (src/styles/code.css), so no `style` attribute reaches a page and the Content-Security-Policy
 * stays as strict as it is. A block whose language these grammars do not know stays plain text.
 */
export default function rehypeHighlightCode() {
  return async function transform(tree: Root): Promise<void> {
    const blocks: { code: Element; language: string }[] = [];
    walkTree<Nodes, Root | Element>(tree, (node, ancestors) => {
      if (node.type !== 'element' || node.tagName !== 'code') return;
      const parent = ancestors.at(-1);
      const language = languageOf(node);
      if (language && parent?.type === 'element' && parent.tagName === 'pre') blocks.push({ code: node, language });
    });
    if (blocks.length === 0) return;
    const highlighter = await loadStarryNight();
    for (const { code, language } of blocks) {
      const scope = highlighter.flagToScope(language);
      if (scope) code.children = highlighter.highlight(toString(code), scope).children as Element['children'];
    }
  };
}
