import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureSite, notesFolder, projectRoot } from '../helpers/build-site.ts';

/** Messages name files relative to the folder the build runs in (the project), wherever that is: `<notes>/bad.md`. */
function notesAsWritten(output: string, dir: string): string {
  return output.replaceAll(relative(projectRoot, dir), '<notes>').replaceAll(dir, '<notes>');
}

/** Builds a fixture notes folder and returns what the failed build printed. */
async function failingBuild(files: Record<string, string | Buffer>, env: Record<string, string> = {}): Promise<string> {
  const dir = notesFolder(files);
  const result = await buildSite({ NOTES_DIR: dir, ...env });
  expect(result.ok, result.output).toBe(false);
  return notesAsWritten(result.output, dir);
}

describe('a build with bad notes fails and says where and why', () => {
  it('names the file and each wrongly typed or unknown front matter field', async () => {
    const output = await failingBuild({
      'good.md': '# Good\n\nFine.',
      'bad.md': '---\ntitle: 5\norder: two\ndescription: ""\ntittle: x\n---\n# Bad\n',
    });
    expect(output).toContain('<notes>/bad.md:2 front matter field "title": expected text, e.g. title: LoRA-s Part I');
    expect(output).toContain('<notes>/bad.md:3 front matter field "order": expected a whole number, e.g. order: 2');
    expect(output).toContain('<notes>/bad.md:4 front matter field "description": expected text of 1 to 200 characters, got an empty one');
    expect(output).toContain(
      '<notes>/bad.md:5 front matter field "tittle": unknown field: expected only title, description, order, updated, tags, draft',
    );
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });

  it('names both files of a duplicate order', async () => {
    const output = await failingBuild({ 'a.md': '---\norder: 1\n---\n# A\n', 'b.md': '---\norder: 1\n---\n# B\n' });
    expect(output).toMatch(/b\.md: field "order": expected a number no other note uses, but .*a\.md has order 1 too/);
  });

  it('names every note with neither a title nor a heading, in one build', async () => {
    const output = await failingBuild({ 'a.md': '# A\n', 'plain.md': 'Only a paragraph.\n', 'empty.md': '' });
    expect(output).toMatch(/plain\.md: the note has no title: add a "# Title" heading/);
    expect(output).toMatch(/empty\.md: the note has no title/);
  });

  it('refuses two files that would be the same note', async () => {
    const output = await failingBuild({ 'both-ways.md': '# A\n', 'both-ways.mdx': '# B\n' });
    expect(output).toMatch(/both-ways\.md and .*both-ways\.mdx are both the note "both-ways"/);
  });

  it('lists every broken link in one report, sorted by file, line and column, and fails', async () => {
    const output = await failingBuild({
      'a.md':
        '# A\n\n## Trivia\n\nSee [trivia](b.md#trivai) and [missing](b.md#nothing-like-it).\n\n[bad](javascript:alert(1)) and [empty]() and [self](#trivai).\n',
      'b.md': '# B\n\n## Trivia\n\n[Morphing](../wan-i2v-advanced.md#morphing)\n\n![shot](../screenshots/x.png) [gone](gone.md)\n',
      'c.md': '<div>\n<a href="/nope/">raw</a>\n</div>\n\n# C\n',
    });
    const report = output.slice(output.indexOf('<notes>/a.md'), output.indexOf('Fix them'));
    expect(report.trim().split('\n')).toEqual([
      '<notes>/a.md:5:5 "b.md#trivai" has no heading or id #trivai on /b/; did you mean "b.md#trivia"?',
      '<notes>/a.md:5:31 "b.md#nothing-like-it" has no heading or id #nothing-like-it on /b/',
      '<notes>/a.md:7:1 "javascript:alert(1)" is a javascript: URL, which links may not be',
      '<notes>/a.md:7:32 "" is an empty link target',
      '<notes>/a.md:7:46 "#trivai" has no heading or id #trivai on /a/; did you mean "#trivia"?',
      '<notes>/b.md:5:1 "../wan-i2v-advanced.md#morphing" leaves the notes folder; set SOURCE_REPO to the notes folder’s URL in its repository to link it there',
      '<notes>/b.md:7:1 "../screenshots/x.png" leaves the notes folder; set SOURCE_REPO to the notes folder’s URL in its repository to link it there',
      '<notes>/b.md:7:31 "gone.md" goes to a note that does not exist',
      '<notes>/c.md:2:10 "/nope/" goes to /nope/, where the site has no page or file',
      '9 broken links (9 in 3 notes).',
    ]);
    expect(output).not.toMatch(/Stack trace|\n\s+at |unhandled error|Browser APIs/);
  });

  it('publishes with the same report as warnings when BROKEN_LINKS=warn', async () => {
    const dir = notesFolder({ 'a.md': '# A\n\n[gone](gone.md) and [file](files/x.json)\n', 'files/x.json': '{}\n' });
    const result = await buildSite({ NOTES_DIR: dir, BROKEN_LINKS: 'warn' });
    expect(result.ok, result.output).toBe(true);
    expect(notesAsWritten(result.output, dir)).toMatch(
      /\[WARN\].*\n<notes>\/a\.md:3:1 "gone\.md" goes to a note that does not exist\n1 broken link \(1 in 1 note\)\.\nPublished anyway/,
    );
    expect(readFileSync(join(result.outDir, 'files/x.json'), 'utf8')).toBe('{}\n');
  });

  it('reports every note that cannot be published in one build, and nothing else', async () => {
    const output = await failingBuild({
      'good.md': '# Good\n',
      'yaml.md': '---\ntitle: [unclosed\n---\n# B\n',
      'schema.md': '---\norder: two\n---\n# S\n',
      'script.md': '# S\n\n<script>alert(1)</script>\n',
      'link.md': '# L\n\n[gone](nowhere.md)\n',
      'latin.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      'unclosed.mdx': '# U\n\n<Callout type="note">\n\nNever closed.\n',
      'expression.mdx': '# E\n\nTwo {1 +} three.\n',
    });
    expect(output).toContain('6 of 8 notes cannot be published:');
    // Every line of that error starts with the note's file, MDX's own syntax errors included.
    const problems = output
      .slice(output.indexOf('cannot be published:\n') + 21)
      .split('\n\n')[0]!
      .split('\n');
    expect(problems).toHaveLength(6);
    for (const line of problems) expect(line).toMatch(/^<notes>\/\w+\.mdx?:\d+/);
    expect(output).toMatch(/<notes>\/unclosed\.mdx:3:1 Expected a closing tag for `<Callout>`/);
    expect(output).toMatch(/<notes>\/expression\.mdx:3:\d+ Could not parse expression with acorn/);
    expect(output).toMatch(/<notes>\/yaml\.md:3 the front matter is not valid YAML/);
    expect(output).toContain('<notes>/schema.md:2 front matter field "order": expected a whole number');
    expect(output).toContain('<notes>/script.md:3 <script> is not allowed in notes');
    // The build stops before the pages are made; the links known by then are in the same report.
    expect(output).toMatch(/<notes>\/link\.md:3:1 "nowhere\.md" goes to a note that does not exist\n1 broken link/);
    expect(output).toMatch(/<notes>\/latin\.md:1 is not UTF-8/);
    expect(output).not.toMatch(/Stack trace|\n\s+at |good\.md/);
  });

  it('never publishes a file whose real path leaves the notes folder, nor a dot-file, and says why', async () => {
    const dir = notesFolder({ 'a.md': '# A\n\n[key](key.txt) and [env](.env)\n', '.env': 'SECRET=1\n' });
    symlinkSync('/etc/hostname', join(dir, 'key.txt'));
    const result = await buildSite({ NOTES_DIR: dir });
    expect(result.ok).toBe(false);
    const output = notesAsWritten(result.output, dir);
    expect(output).toMatch(
      /<notes>\/a\.md:3:1 "key\.txt" goes to a symbolic link that leaves the notes folder, which the site never publishes/,
    );
    expect(output).toMatch(/<notes>\/a\.md:3:20 "\.env" goes to a hidden file or folder, which the site never publishes/);
    expect(existsSync(join(result.outDir, 'key.txt')) || existsSync(join(result.outDir, '.env'))).toBe(false);
  });

  it('suggests the file nearest to a mistyped one', async () => {
    const output = await failingBuild({
      'a.md': '# A\n\n[pose](img/sdpose.web) and ![shot](img/Shot.png)\n',
      'img/sdpose.webp': 'x',
      'img/shot.png': readFileSync(join(fixtureSite, 'img/chart.png')),
    });
    expect(output).toContain('<notes>/a.md:3:1 "img/sdpose.web" goes to a file that does not exist; did you mean "img/sdpose.webp"?');
    expect(output).toContain('<notes>/a.md:3:28 "img/Shot.png" goes to an image that does not exist; did you mean "img/shot.png"?');
  });

  it('explains a SOURCE_REPO that is not a URL', async () => {
    const output = await failingBuild({ 'a.md': '# A\n' }, { SOURCE_REPO: 'not a url' });
    expect(output).toContain('SOURCE_REPO="not a url" is not an absolute URL');
  });
});
