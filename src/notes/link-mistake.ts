/**
 * Relative links that are broken on GitHub as well, whatever the notes folder holds,
 * each with its fix: a backslash, a web address without its scheme, a path glued to
 * a URL, `..` without its slash.
 */
export function linkMistake(written: string): string | undefined {
  if (written.includes('\\')) return `uses \\ where links need /: write "${written.replaceAll('\\', '/')}"`;
  if (/^www\./i.test(written)) return `is a web address without its scheme: write "https://${written}"`;
  const glued = /https?:\/\/.+$/.exec(written);
  if (glued && glued.index > 0) return `is a path glued to a URL: write "${glued[0]}"`;
  if (/^\.\.[^./]/.test(written)) return `misses the slash after "..": write "../${written.slice(2)}"`;
  return undefined;
}
