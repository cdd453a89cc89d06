import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow, type ValidationState } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build-site.ts';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
/** Each error as `path: what`, the nested alternatives of a `oneOf` included. */
const errorsOf = (state: ValidationState): string[] =>
  state.errors.flatMap((error) => [
    `${'path' in error ? error.path : ''}: ${error.detail ?? error.title}`,
    ...('states' in error ? (error.states ?? []).flatMap((inner) => errorsOf({ ...inner, actionType: state.actionType })) : []),
  ]);

/** The caller's workflow docs/publishing.md shows under "Publish your own notes repository", as written there. */
function readmeWorkflow(): string {
  const readme = read('docs/publishing.md');
  const section = readme.slice(readme.indexOf('## Publish your own notes repository'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/publishing.md: no yaml block under "Publish your own notes repository"');
  return block[1]!;
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

describe('the GitHub workflows and the publishing action', () => {
  const workflows = readdirSync(join(projectRoot, '.github/workflows')).filter((name) => /\.ya?ml$/.test(name));

  it.for(workflows)('.github/workflows/%s is a valid workflow', (name) => {
    expect(errorsOf(validateWorkflow(read(`.github/workflows/${name}`)))).toEqual([]);
  });

  it('action.yml is a valid action, and the README’s caller workflow a valid workflow', () => {
    expect(errorsOf(validateAction(read('action.yml')))).toEqual([]);
    expect(errorsOf(validateWorkflow(readmeWorkflow()))).toEqual([]);
  });

  it('the validator finds a mistake where there is one', () => {
    const broken = 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(errorsOf(validateWorkflow(broken))).toContain("/jobs/a: Additional property 'stepz' is not allowed");
    expect(errorsOf(validateAction('name: x\ndescription: y\nruns:\n  using: composite\n')).length).toBeGreaterThan(0);
  });

  it('the README’s caller workflow is a dozen lines that pin this action to a commit and deploy to Pages', () => {
    const text = readmeWorkflow();
    expect(text.trim().split('\n').length).toBeLessThanOrEqual(14);
    const workflow = parse(text) as {
      permissions: Record<string, string>;
      jobs: Record<string, { environment: { name: string }; steps: Step[] }>;
    };
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const [job] = Object.values(workflow.jobs);
    expect(job!.environment.name).toBe('github-pages');
    expect(job!.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)]);
  });

  it('the action checks out the caller with its history, keeps the build cache, and sets only variables the site reads', () => {
    const action = parse(read('action.yml')) as {
      inputs: Record<string, unknown>;
      runs: { steps: (Step & { with?: Record<string, unknown> })[] };
    };
    const steps = action.runs.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const caches = steps.filter((step) => step.uses?.startsWith('actions/cache@')).map((step) => step.with?.path);
    expect(caches).toContain('${{ github.action_path }}/node_modules/.astro');
    const build = steps.find((step) => step.run === 'npm run build')!;
    const configuration = read('README.md').slice(read('README.md').indexOf('## Settings'));
    for (const variable of Object.keys(build.env ?? {})) expect(configuration, variable).toContain(`| \`${variable}\` |`);
    for (const input of Object.keys(action.inputs)) expect(configuration, input).toContain(`| \`${input}\` |`);
    // Every input the steps use is one the action declares.
    const used = [...read('action.yml').matchAll(/inputs\.([\w-]+)/g)].map((match) => match[1]!);
    expect(used.filter((input) => !(input in action.inputs))).toEqual([]);
    // The site's own deploy uses the same action.
    const deploy = parse(read('.github/workflows/deploy.yml')) as { jobs: Record<string, { steps: Step[] }> };
    expect(Object.values(deploy.jobs).flatMap((job) => job.steps.map((step) => step.uses))).toContain('./');
  });
});
