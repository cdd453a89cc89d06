import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { fixtureRepository } from '../helpers/build-site.ts';
import { violations } from '../helpers/axe.ts';
import { test as it } from '../helpers/browser-test.ts';

/** tests/fixtures/repository under /notes/: svi.md links a UI-format workflow with a subgraph, z-image.md an API one and a PNG. */
const site = inject('repositoryUrl');
const SVI = 'workflows/svi/SVI-Pro-loop-lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.json';

describe('a workflow a note links', () => {
  it('leads from the note to its page, which says what it needs, what it loads and what its author wrote', async ({ reader: page }) => {
    await page.goto(`${site}svi/`);
    await page.locator('article').getByRole('link', { name: 'the SVI Pro loop workflow' }).click();
    await page.waitForURL(`${site}workflow/${SVI}/`);
    const article = page.locator('article');
    expect(await article.locator('h1').textContent()).toBe('SVI-Pro-loop-lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.json');
    expect(await article.locator('.lead').textContent()).toMatch(
      /22 nodes, 1 subgraph, 10 LoRAs, 3 custom node packs; saved with ComfyUI 0\.5\.1/,
    );
    // The notes that link it, each at its section.
    expect(
      await page
        .getByRole('heading', { name: 'Linked from' })
        .locator('xpath=following-sibling::ul[1]//a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual([
      '/notes/svi/#20251204',
      '/notes/svi/#20251102-svi-shot-with-lightx2v_t2v_14b_cfg_step_distill_v2_lora_rank64_bf16safetensors',
    ]);
    expect(await article.locator('.workflow-packs li').allTextContents()).toEqual([
      expect.stringMatching(/^kijai\/ComfyUI-WanVideoWrapper.* 998a69c \(2 nodes\)$/),
      expect.stringMatching(/^comfyui-videohelpersuite.* 1\.7\.7 \(1 node\)$/),
      expect.stringMatching(/^rgthree-comfy.* 738105a \(1 node\)$/),
    ]);
    expect(await article.getByRole('link', { name: /^rgthree-comfy/ }).getAttribute('href')).toBe(
      'https://registry.comfy.org/nodes/rgthree-comfy',
    );
    expect(await article.locator('h3[id^="models-"]').allTextContents()).toEqual(['Diffusion model', 'Text encoder', 'VAE', 'CLIP vision']);
    const rows = await article
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['3', '–', 'on'],
      ['1', '–', 'on'],
      ['0.5', '–', 'bypassed'],
      ['0.6', '–', 'muted'],
      ['0.8', '–', 'on'],
      ['1.25', '–', 'on'],
      ['0.75', '–', 'on'],
      ['1.5', '–', 'switched off'],
      ['0.9', '0.7', 'on'],
      ['1', '–', 'on'],
    ]);
    // The author's notes: Markdown rendered, nothing of the file's HTML run or shown as markup.
    const notes = article.locator('.workflow-note');
    expect(await notes.count()).toBe(3);
    expect(await notes.first().locator('h3').textContent()).toBe('Read me <b>first</b>');
    expect(await notes.first().locator('strong').first().textContent()).toBe('High');
    expect(await notes.first().locator('script, img, b').count()).toBe(0);
    expect(await notes.first().locator('a', { hasText: 'bad' }).getAttribute('href')).toBeNull();
    expect(await notes.nth(1).textContent()).toContain('Keep <img src=x onerror=alert(1)> as text');
    // The overview: its groups and nodes, with their titles as text.
    const graph = article.getByRole('img', { name: /^The graph of .*: 19 nodes in 2 groups/ });
    expect(await graph.locator('g.n').count()).toBe(19);
    expect(await graph.locator('path.l').count()).toBe(7);
    expect((await graph.locator('.ns text').allTextContents()).filter((title) => title.startsWith('<img src=x'))).toHaveLength(1);
  });

  it('offers the file to download, the same bytes as in the repository', async ({ page }) => {
    await page.goto(`${site}workflow/${SVI}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download / }).click()]);
    expect(download.suggestedFilename()).toBe('SVI-Pro-loop-lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.json');
    // The tests' Chromium is shared over a connection, so the file is copied here rather than read where it saved it.
    const folder = mkdtempSync(join(tmpdir(), 'lora-notes-download-'));
    const saved = join(folder, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    rmSync(folder, { recursive: true });
    expect(bytes).toEqual(readFileSync(join(fixtureRepository, SVI)));
  });

  it('keeps a link to a file that is not a workflow a link to the file', async ({ reader: page }) => {
    await page.goto(`${site}svi/`);
    expect(await page.locator('article').getByRole('link', { name: 'benchmark' }).getAttribute('href')).toBe(
      '/notes/workflows/svi/benchmark-aggregate.json',
    );
    expect(await page.locator('article').getByRole('link', { name: 'first draft' }).getAttribute('href')).toBe(
      '/notes/workflows/svi/broken.json',
    );
  });

  it('gives an API-format workflow and a PNG that carries one a page each', async ({ reader: page }) => {
    await page.goto(`${site}extra-tools/z-image/`);
    await page.locator('article').getByRole('link', { name: 'the VACE inpaint PNG' }).click();
    await page.waitForURL(`${site}workflow/workflows/z-image/vace-inpaint.png/`);
    expect(await page.locator('article code').allTextContents()).toEqual([
      'wan2.1-vace-14b-Q4_K_M.gguf',
      'Wan21_CausVid_14B_T2V_lora_rank32_v2.safetensors',
    ]);
    await page.goto(`${site}workflow/workflows/z-image/z-image-api.json/`);
    expect(await page.locator('.lead').textContent()).toMatch(/^ComfyUI workflow \(API format\): 5 nodes, 1 LoRA/);
    expect(await page.locator('article tbody td').first().textContent()).toBe('zit_character.safetensors');
  });
});

describe('a workflow’s graph', () => {
  const ANIMATE = 'workflows/wan-animate/wan-animate-lora-stack.json';

  it('opens full screen on the first click, as ComfyUI draws it, zooms with the keys and closes back to where the reader was', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site}workflow/${ANIMATE}/`);
    const opener = page.locator('.workflow-graph a');
    await opener.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    // Nothing of the viewer or the full picture before the first click.
    expect(requested.filter((url) => /graph\.svg|graph-viewer|photoswipe/i.test(url))).toEqual([]);
    await opener.click();
    const viewer = page.getByRole('dialog', { name: 'Workflow graph viewer' });
    await viewer.waitFor();
    expect(requested.some((url) => url.endsWith(`${ANIMATE}/graph.svg`))).toBe(true);
    // Every node with its title bar, slots and a row per widget with its value, as text the browser finds.
    const sampler = viewer.locator('.pswp__item:not([aria-hidden="true"]) #node-6');
    await sampler.waitFor();
    expect(await sampler.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['KSampler', 'seed', '589948325935190', 'er_sde', 'LATENT']),
    );
    // Chromium's find in page (window.find, which TypeScript's DOM types leave out).
    expect(await page.evaluate(() => (window as unknown as { find(text: string): boolean }).find('589948325935190'))).toBe(true);
    const width = async () => (await viewer.locator('.pswp__item:not([aria-hidden="true"]) .pswp__graph').boundingBox())!.width;
    const before = await width();
    await page.keyboard.press('+');
    await expect.poll(width).toBeGreaterThan(before * 1.4);
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await opener.evaluate((link) => link === document.activeElement)).toBe(true);
  });

  it('opens at a LoRA’s node, marked and readable, in the subgraph it is in, and goes on to a nested subgraph', async ({
    reader: page,
  }) => {
    await page.goto(`${site}workflow/${ANIMATE}/`);
    const row = page.locator('.lora-table tbody tr').filter({ hasText: 'high_noise_model' }).filter({ hasText: '0.5' });
    await row.getByRole('link', { name: 'LoraLoaderModelOnly' }).click();
    const viewer = page.getByRole('dialog', { name: 'Workflow graph viewer' });
    await viewer.waitFor();
    expect(await viewer.locator('.pswp__caption').textContent()).toMatch(
      /^Subgraph “Decode and upscale” of .* marked: LoraLoaderModelOnly$/,
    );
    const marked = viewer.locator('g.n.hl');
    await marked.first().waitFor();
    expect(await marked.count()).toBe(1);
    // At a size the text reads at (14 px titles), in the middle of the screen.
    await expect.poll(async () => (await marked.locator('.tt').boundingBox())?.height ?? 0).toBeGreaterThan(10);
    const box = (await marked.locator('rect').first().boundingBox())!;
    expect(box.x + box.width / 2).toBeGreaterThan(300);
    expect(box.x + box.width / 2).toBeLessThan(980);
    // The node that runs the nested subgraph, reached from the keyboard.
    await viewer.locator('.pswp__item:not([aria-hidden="true"]) a.sg').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => viewer.locator('.pswp__caption').textContent()).toMatch(/^Subgraph “Upscale <2x>” of /);
  });

  it.for(['light', 'dark'] as const)('leaves axe nothing to find in the open viewer, %s theme', async (scheme, { reader: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site}workflow/${ANIMATE}/`);
    await page.locator('.workflow-graph a').click();
    await page.getByRole('dialog', { name: 'Workflow graph viewer' }).locator('#node-6').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('opens the picture on its own without JavaScript, at the node a LoRA’s link names', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site}workflow/${ANIMATE}/`);
    await page.locator('.workflow-graph a').click();
    await page.waitForURL(`${site}workflow/${ANIMATE}/graph.svg`);
    expect(await page.locator('#node-6 text').first().textContent()).toBe('KSampler');
    await page.goBack();
    await page.locator('.workflow-packs a[data-pack]').first().click();
    await page.waitForURL(/graph\.svg#node-\d+$/);
    await context.close();
  });
});

describe('the LoRA index', () => {
  it('lists every LoRA the linked workflows load, with the workflows and the strengths seen, from the sidebar and the model index', async ({
    page,
  }) => {
    await page.goto(`${site}models/`);
    await page.locator('article, .models').getByRole('link', { name: 'LoRAs in workflows' }).click();
    await page.waitForURL(`${site}models/loras/`);
    expect(await page.getByRole('navigation', { name: 'Notes' }).locator('[aria-current="page"]').textContent()).toMatch(
      /LoRAs in workflows/,
    );
    const row = (file: string) => page.locator('tbody tr').filter({ has: page.locator('code', { hasText: file }) });
    expect(await page.locator('tbody tr').count()).toBe(15);
    // Two files of one generic name, from two folders, are two rows, each saying where it is from.
    expect(await page.locator('tbody tr td:first-child').filter({ hasText: 'high_noise_model' }).allTextContents()).toEqual([
      expect.stringMatching(/^high_noise_model\.safetensors from WanVideo\/Lightx2v/),
      expect.stringMatching(/^high_noise_model\.safetensors from Wan22-Animate\/(relight|detail)/),
      expect.stringMatching(/^high_noise_model\.safetensors from Wan22-Animate\/(relight|detail)/),
    ]);
    expect(await row('lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.safetensors').locator('td').nth(1).textContent()).toBe(
      'in 1 workflow, strength 0.6–3; 1 of 2 uses off',
    );
    expect(await row('anime_style.safetensors').locator('td').nth(1).textContent()).toBe('in 1 workflow, strength 0.9, clip 0.7');
    await row('zit_character.safetensors').getByRole('link', { name: 'z-image-api.json' }).click();
    await page.waitForURL(`${site}workflow/workflows/z-image/z-image-api.json/`);
  });

  it('is in the site’s data beside models.json', async ({ reader: page }) => {
    const data = (await (await page.request.get(`${site}workflows.json`)).json()) as {
      workflows: { path: string; page: string; loras: unknown[] }[];
      loras: { file: string; workflows: { path: string }[]; strength: { min: number; max: number } }[];
    };
    expect(data.workflows.map((workflow) => workflow.path)).toEqual([
      SVI,
      'workflows/wan-animate/wan-animate-lora-stack.json',
      'workflows/z-image/vace-inpaint.png',
      'workflows/z-image/z-image-api.json',
    ]);
    expect(data.loras.find((lora) => lora.file === 'motion_boost_v2.safetensors')).toMatchObject({
      workflows: [{ path: SVI }],
      strength: { min: 1.25, max: 1.25 },
    });
  });
});

describe('search', () => {
  it.for([
    ['rgthree', 'a node pack'],
    ['motion_boost_v2', 'a LoRA file'],
    ['umt5_xxl_fp8_e4m3fn_scaled', 'a model file'],
    ['shift', 'a word of its notes'],
  ] as const)('finds the workflow by %s (%s)', async ([query], { reader: page }) => {
    await page.goto(`${site}svi/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill(query);
    await page.getByRole('status').filter({ hasText: query }).waitFor();
    const results = page.getByRole('list', { name: 'Results' }).getByRole('link');
    expect(await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split(/[?#]/)[0]))).toContain(
      `/notes/workflow/${SVI}/`,
    );
  });
});
