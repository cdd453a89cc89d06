import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const eslint = new ESLint({ cwd: projectRoot });

/** The rules ESLint reports for `code` as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${path}` });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message.split(' (')[0]}`);
}

describe('the layers’ import rule', () => {
  it('lets a module import from its own layer and those below', async () => {
    expect(
      await problems(
        'src/render/x.ts',
        "import { a } from '../plugins/a.ts';\nimport { b } from '../notes/b.ts';\nexport const c = [a, b];\n",
      ),
    ).toEqual([]);
    expect(await problems('src/data/x.ts', "import { getCollection } from 'astro:content';\nexport const c = getCollection;\n")).toEqual(
      [],
    );
  });

  it('fails an import that runs up the layers, and a read of the content store outside the data readers', async () => {
    expect(await problems('src/notes/x.ts', "import { a } from '../data/get-site.ts';\nexport const c = a;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/notes imports only from its own layer and those below/),
    ]);
    expect(await problems('src/plugins/x.ts', "import { a } from '../workflows/a.ts';\nexport const c = a;\n")).toHaveLength(1);
    expect(
      await problems('src/workflows/x.ts', "import { getCollection } from 'astro:content';\nexport const c = getCollection;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*Only the page data readers/)]);
  });
});
