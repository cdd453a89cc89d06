import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSite, notesFolder, projectRoot } from '../helpers/build-site.ts';

/** A site on 127.0.0.1 with one path per behaviour a link checker meets. */
function startSite(): Promise<{ server: Server; origin: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const reply = (status: number, headers: Record<string, string> = {}) =>
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : 'body');
    switch (path) {
      case '/ok':
        return reply(200);
      case '/missing':
        return reply(404);
      case '/gone':
        return reply(410);
      case '/moved':
        return reply(301, { location: '/ok' });
      case '/loop-a':
        return reply(302, { location: '/loop-b' });
      case '/loop-b':
        return reply(302, { location: '/loop-a' });
      case '/limited':
        return count === 1 ? reply(429, { 'retry-after': '1' }) : reply(200);
      case '/flaky':
        return count <= 2 ? reply(503) : reply(200);
      case '/forbidden':
        return reply(403);
      case '/no-head':
        return request.method === 'HEAD' ? reply(405) : reply(200);
      case '/silent':
        return; // never answers
      case '/api/models/owner/present':
        return reply(200, { 'content-type': 'application/json' });
      case '/api/models/owner/present/tree/main':
      case '/api/models/owner/present/tree/main/LoRAs':
        return reply(200, { 'content-type': 'application/json' });
      case '/owner/present/resolve/main/model.safetensors':
        // The Hub sends files from its CDN: a redirect the checker must not follow.
        return reply(302, { location: 'https://cdn.invalid/file' });
      case '/api/models/owner/missing':
        return reply(401, { 'x-error-code': 'RepoNotFound' });
      case '/api/models/owner/gated':
        return reply(401, { 'x-error-code': 'GatedRepo' });
      case '/api/datasets/owner/data':
        return reply(200);
      default:
        return reply(404);
    }
  };
  const server = createServer(handler);
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => ready({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits })),
  );
}

/** A port that was free a moment ago and is closed now: connection refused. */
function closedPort(): Promise<number> {
  const server = createServer();
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    }),
  );
}

interface Report {
  links: {
    url: string;
    status: string;
    code: number | null;
    finalUrl: string | null;
    reason: string;
    sources: { file: string; line: number; text: string }[];
  }[];
}

function runLinks(env: Record<string, string>, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'scripts/check-external-links.ts'), ...args],
      { cwd, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        done({ code: error ? (error.code as number) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

let site: Awaited<ReturnType<typeof startSite>>;
let notesDir: string;
let outDir: string;
let workDir: string;
let env: Record<string, string>;
const fast = ['--timeout', '400', '--backoff', '50', '--retries', '3'];

beforeAll(async () => {
  site = await startSite();
  const o = site.origin;
  const refused = await closedPort();
  notesDir = notesFolder({
    'links.md': [
      '# Links',
      '',
      `[fine](${o}/ok) and [missing](${o}/missing) and [gone](${o}/gone)`,
      `[moved](${o}/moved) and [loop](${o}/loop-a)`,
      `[limited](${o}/limited) and [flaky](${o}/flaky)`,
      `[silent](${o}/silent) and [forbidden](${o}/forbidden)`,
      `[no head](${o}/no-head) and [refused](http://127.0.0.1:${refused}/x) and [blocked port](http://127.0.0.1:1/y)`,
      '',
      '## Models',
      '',
      '* [present](https://huggingface.co/owner/present/tree/main)',
      '* [folder](https://huggingface.co/owner/present/tree/main/LoRAs) and [no folder](https://huggingface.co/owner/present/tree/main/Gone)',
      '* [file](https://huggingface.co/owner/present/blob/main/model.safetensors) and [no file](https://huggingface.co/owner/present/blob/main/gone.safetensors)',
      '* [missing model](https://huggingface.co/owner/missing)',
      '* [gated](https://huggingface.co/owner/gated/blob/main/model.safetensors)',
      '* [dataset](https://huggingface.co/datasets/owner/data)',
      '',
      `Again: [fine again](${o}/ok).`,
    ].join('\n'),
  });
  outDir = mkdtempSync(join(tmpdir(), 'links-dist-'));
  const build = await buildSite({ NOTES_DIR: notesDir }, outDir);
  expect(build.ok, build.output).toBe(true);
  workDir = mkdtempSync(join(tmpdir(), 'links-work-'));
  env = { NOTES_DIR: notesDir, HF_ENDPOINT: site.origin };
}, 120_000);

afterAll(() => {
  site.server.closeAllConnections();
  site.server.close();
});

// `/limited` and `/flaky` answer by how often they were asked: each test starts the count afresh, whatever runs first.
beforeEach(() => site.hits.clear());

describe('npm run links', () => {
  it('puts every link in the right class, exits 1 on broken links and writes the JSON report', async () => {
    const json = join(workDir, 'report.json');
    const result = await runLinks(env, ['--dist', outDir, '--json', json, ...fast], workDir);
    expect(result.code, result.output).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    const status = Object.fromEntries(
      report.links.map((link) => [link.url.replace(site.origin, '').replace(/127\.0\.0\.1:\d+/, 'closed'), link.status]),
    );
    expect(status).toEqual({
      '/ok': 'ok',
      '/missing': 'broken',
      '/gone': 'broken',
      '/moved': 'redirected',
      '/loop-a': 'broken',
      '/limited': 'ok',
      '/flaky': 'ok',
      '/silent': 'unverified',
      '/forbidden': 'unverified',
      '/no-head': 'ok',
      'http://closed/x': 'broken',
      'http://closed/y': 'broken',
      'https://huggingface.co/owner/present/tree/main': 'ok',
      'https://huggingface.co/owner/present/tree/main/LoRAs': 'ok',
      'https://huggingface.co/owner/present/tree/main/Gone': 'broken',
      'https://huggingface.co/owner/present/blob/main/model.safetensors': 'ok',
      'https://huggingface.co/owner/present/blob/main/gone.safetensors': 'broken',
      'https://huggingface.co/owner/missing': 'broken',
      'https://huggingface.co/owner/gated/blob/main/model.safetensors': 'ok',
      'https://huggingface.co/datasets/owner/data': 'ok',
    });
    const byUrl = (suffix: string) => report.links.find((link) => link.url.endsWith(suffix))!;
    expect(byUrl('/moved')).toMatchObject({ code: 200, finalUrl: `${site.origin}/ok` });
    expect(byUrl('/loop-a').reason).toMatch(/redirect loop/);
    expect(byUrl('/missing')).toMatchObject({ code: 404, finalUrl: null, reason: 'not found' });
    expect(byUrl('/silent')).toMatchObject({ code: null, reason: 'no answer within 400 ms after 4 tries' });
    expect(byUrl('/x')).toMatchObject({ reason: 'connection refused', code: null });
    expect(byUrl('/y').reason).toBe('a port browsers refuse to connect to');
    expect(byUrl('owner/missing')).toMatchObject({ code: 401, reason: 'model repository owner/missing not found (or private)' });
    expect(byUrl('gated/blob/main/model.safetensors').reason).toMatch(/^gated repository/);
    expect(byUrl('tree/main/Gone')).toMatchObject({ code: 404, reason: 'folder Gone not found in owner/present' });
    expect(byUrl('blob/main/gone.safetensors')).toMatchObject({ code: 404, reason: 'file gone.safetensors not found in owner/present' });
    expect(byUrl('present/blob/main/model.safetensors').code).toBe(302);
    expect(byUrl('/ok').sources).toEqual([
      { file: expect.stringMatching(/links\.md$/), line: 3, text: 'fine' },
      { file: expect.stringMatching(/links\.md$/), line: 18, text: 'fine again' },
    ]);
    expect(byUrl('owner/missing').sources).toEqual([{ file: expect.stringMatching(/links\.md$/), line: 14, text: 'missing model' }]);
    expect(site.hits.get('/limited')).toBe(2);
    expect(site.hits.get('/flaky')).toBe(3);
    expect(result.output).toMatch(
      /links\.md:14 +BROKEN +https:\/\/huggingface\.co\/owner\/missing {2}\(missing model\): 401 model repository/,
    );
    expect(result.output).toMatch(/20 external links checked in [\d.]+ s \(0 from cache\): 9 ok, 1 moved, 8 broken, 2 unverified/);
  });

  it('answers from the cache on a second run, and asks again with --no-cache', async () => {
    // A folder of its own, so the cache is the one this test fills.
    const cacheDir = mkdtempSync(join(tmpdir(), 'links-cache-'));
    const first = await runLinks(env, ['--dist', outDir, ...fast], cacheDir);
    expect(first.output).toMatch(/\(0 from cache\)/);
    const before = site.hits.get('/ok') ?? 0;
    const second = await runLinks(env, ['--dist', outDir, ...fast], cacheDir);
    expect(second.output).toMatch(/\(10 from cache\)/);
    expect(site.hits.get('/ok')).toBe(before);
    const fresh = await runLinks(env, ['--dist', outDir, '--no-cache', ...fast], cacheDir);
    expect(fresh.output).toMatch(/\(0 from cache\)/);
    expect(site.hits.get('/ok')).toBeGreaterThan(before);
  });

  it('fails on unverified links with --strict, and only then', async () => {
    // Nothing broken here, one link unverified: the exit code is --strict's alone.
    const dir = notesFolder({ 'a.md': `# A\n\n[fine](${site.origin}/ok) and [forbidden](${site.origin}/forbidden)\n` });
    const dist = mkdtempSync(join(tmpdir(), 'links-strict-'));
    expect((await buildSite({ NOTES_DIR: dir }, dist)).ok).toBe(true);
    const lenient = await runLinks({ NOTES_DIR: dir }, ['--dist', dist, '--no-cache', ...fast], workDir);
    expect(lenient.output).toMatch(/0 broken, 1 unverified/);
    expect(lenient.code).toBe(0);
    const strict = await runLinks({ NOTES_DIR: dir }, ['--dist', dist, '--no-cache', '--strict', ...fast], workDir);
    expect(strict.code).toBe(1);
  });

  it('emits GitHub annotations in Actions', async () => {
    const result = await runLinks({ ...env, GITHUB_ACTIONS: 'true' }, ['--dist', outDir, '--no-cache', ...fast], workDir);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /^::error file=.*links\.md,line=14::https:\/\/huggingface\.co\/owner\/missing is broken: model repository owner\/missing not found/m,
    );
    expect(result.output).toMatch(/^::warning file=.*links\.md,line=6::http:\/\/127\.0\.0\.1:\d+\/forbidden is unverified/m);
  });

  it('says the machine looks offline when no host answers at all', async () => {
    const port = await closedPort();
    const dir = notesFolder({ 'a.md': `# A\n\n[one](http://127.0.0.1:${port}/a) [two](http://127.0.0.1:${port}/b)\n` });
    const dist = mkdtempSync(join(tmpdir(), 'links-offline-'));
    expect((await buildSite({ NOTES_DIR: dir }, dist)).ok).toBe(true);
    const result = await runLinks({ NOTES_DIR: dir }, ['--dist', dist, '--no-cache', ...fast], workDir);
    expect(result.code).toBe(0);
    expect(result.output).toContain('No host answered at all: this machine looks offline');
    expect(result.output).toMatch(/2 external links checked .*0 broken, 2 unverified/);
  });

  it('explains a missing build and bad options', async () => {
    const missing = await runLinks(env, ['--dist', join(workDir, 'nothing-here')], workDir);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('Run `npm run build` first');
    const bad = await runLinks(env, ['--timeout', 'soon'], workDir);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--timeout takes a number, got "soon"');
  });
});
