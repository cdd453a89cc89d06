import { describe, expect, it } from 'vitest';
import { collectModelLinks, readModelLinks } from '../../src/models/collect-model-links.ts';
import { detectFamilies } from '../../src/models/model-family.ts';
import { parseModelLink } from '../../src/models/model-hosts.ts';
import { parseNote } from '../../src/notes/derive-metadata.ts';

describe('parseModelLink', () => {
  it.each([
    [
      'https://huggingface.co/Cseti/wan2.2-14B-Kinestasis_concept-lora-v1',
      'huggingface',
      'model',
      'Cseti',
      'wan2.2-14B-Kinestasis_concept-lora-v1',
    ],
    [
      'https://huggingface.co/Charlietooth/wan2.1-14B-lora-punk-style/tree/main',
      'huggingface',
      'model',
      'Charlietooth',
      'wan2.1-14B-lora-punk-style',
    ],
    [
      'https://huggingface.co/Charlietooth/wan2.1-14B-lora-punk-style/',
      'huggingface',
      'model',
      'Charlietooth',
      'wan2.1-14B-lora-punk-style',
    ],
    [
      'https://huggingface.co/Kijai/WanVideo_comfy/blob/main/LoRAs/rCM/Wan22-I2V-A14B-HIGH-rCM6_0_lora_rank_64_bf16.safetensors',
      'huggingface',
      'model',
      'Kijai',
      'WanVideo_comfy',
    ],
    ['https://huggingface.co/lightx2v/Wan2.2-Distill-Models?not=used', 'huggingface', 'model', 'lightx2v', 'Wan2.2-Distill-Models'],
    ['https://huggingface.co/datasets/owner/data', 'huggingface', 'dataset', 'owner', 'data'],
    ['https://huggingface.co/spaces/owner/demo/tree/main', 'huggingface', 'space', 'owner', 'demo'],
    ['https://huggingface.co/drnighthan', 'huggingface', 'user', 'drnighthan', undefined],
    ['https://www.runninghub.ai/model/public/1979104800396709889', 'runninghub', 'model', undefined, '1979104800396709889'],
    ['https://wavespeed.ai/models/wavespeed-ai/wan-2.2-i2v-lora-trainer', 'wavespeed', 'tool', 'wavespeed-ai', 'wan-2.2-i2v-lora-trainer'],
    ['https://civitai.com/models/12345/some-lora?modelVersionId=9', 'civitai', 'model', undefined, 'some-lora'],
  ])('reads %s', (url, host, kind, owner, name) => {
    const parsed = parseModelLink(url);
    expect(parsed).toMatchObject({ host, kind });
    expect([parsed?.owner, parsed?.name]).toEqual([owner, name]);
  });

  it('reads a path with a stray % as written instead of failing on it', () => {
    expect(parseModelLink('https://huggingface.co/owner/model-100%')).toMatchObject({ kind: 'model', owner: 'owner', name: 'model-100%' });
  });

  it('knows /tree/main, /blob/… and the bare URL for the same repository', () => {
    const ids = [
      'https://huggingface.co/Kijai/WanVideo_comfy',
      'https://huggingface.co/Kijai/WanVideo_comfy/tree/main/Lightx2v',
      'https://huggingface.co/Kijai/WanVideo_comfy/blob/main/LoRAs/rCM/x.safetensors',
    ].map((url) => parseModelLink(url)?.id);
    expect(new Set(ids)).toEqual(new Set(['huggingface:Kijai/WanVideo_comfy']));
    expect(parseModelLink('https://huggingface.co/datasets/Kijai/WanVideo_comfy')?.id).toBe('huggingface:datasets/Kijai/WanVideo_comfy');
  });

  it.each([
    'https://huggingface.co/docs/hub/index',
    'https://huggingface.co/',
    'https://huggingface.co/models',
    'https://github.com/EzioBy/Ditto',
    'https://x.com/ingi_erlingsson',
    'not a url',
  ])('does not take %s for a model', (url) => {
    expect(parseModelLink(url)).toBeUndefined();
  });
});

describe('detectFamilies', () => {
  it.each([
    ['wan2.2-14B-Kinestasis_concept-lora-v1', ['Wan 2.2']],
    ['LTXV-13B-LoRA-Wallace_and_Gromit-v1', ['LTXV']],
    ['wan2.1-14B-lora-punk-style', ['Wan 2.1']],
    ['Wan_2_1_T2V_14B_rCM_lora_average_rank_148_bf16', ['Wan 2.1']],
    ['Lazy Susan Rotation Wan 2.2', ['Wan 2.2']],
    ['Wan22-I2V-A14B-HIGH', ['Wan 2.2']],
    ['2.2 I2V High', ['Wan 2.2']],
    ['HunyuanVideo LoRA', ['Hunyuan']],
    ['flux-dev style', ['Flux']],
    ['an SDXL LoRA', ['SDXL']],
    ['Wan 2.1 and 2.2', ['Wan 2.1']],
    ['WanVideo_comfy', []],
  ])('%s is %j', (text, names) => {
    expect(detectFamilies(text).map((family) => family.name)).toEqual(names);
  });

  it('reads the name first, then the link text, then the context', () => {
    expect(detectFamilies('owner/model', undefined, 'works on Wan 2.2 T2V').map((f) => f.name)).toEqual(['Wan 2.2']);
    expect(detectFamilies('LTXV-13B', 'Wan 2.2').map((f) => f.name)).toEqual(['LTXV']);
  });
});

describe('collectModelLinks', () => {
  const note = (id: string, markdown: string, headings: { depth: number; slug: string; text: string }[]) => ({
    id,
    title: id,
    links: readModelLinks(parseNote(markdown, false)),
    headings,
  });

  it('gives each model its section and the note’s words about it, once per model', () => {
    const markdown = [
      '# Alchemy',
      '',
      'Intro with [a repo](https://huggingface.co/a/b).',
      '',
      '## Special Use',
      '',
      '* [Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1](https://huggingface.co/Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1) aka Walgro',
      '* [punk](https://huggingface.co/Charlietooth/wan2.1-14B-lora-punk-style/tree/main) - a mix of cartoonish and realistic look',
      "* Nebsh's [Lazy Susan Rotation Wan 2.2](https://www.runninghub.ai/model/public/1979104800396709889) trained on I2V but works on T2V too. (More.)",
      '* Car/Clorth/Product consistency: [drnighthan on HuggingFace](https://huggingface.co/drnighthan)',
      '',
      '| Repo | Comment |',
      '| --- | --- |',
      '| [again](https://huggingface.co/a/b/tree/main) | 2.2 I2V, very good |',
    ].join('\n');
    const headings = [
      { depth: 1, slug: 'alchemy', text: 'Alchemy' },
      { depth: 2, slug: 'special-use', text: 'Special Use' },
    ];
    const entries = collectModelLinks([note('alchemy', markdown, headings)]);
    const byName = Object.fromEntries(entries.map((entry) => [entry.displayName, entry]));
    expect(byName['Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1']).toMatchObject({
      host: 'huggingface',
      kind: 'model',
      families: [{ id: 'ltxv', name: 'LTXV' }],
      mentions: [{ noteId: 'alchemy', section: { slug: 'special-use', title: 'Special Use' }, context: 'aka Walgro' }],
    });
    expect(byName['Charlietooth/wan2.1-14B-lora-punk-style']!.mentions[0]!.context).toBe('a mix of cartoonish and realistic look');
    expect(byName['Lazy Susan Rotation Wan 2.2']).toMatchObject({
      host: 'runninghub',
      families: [{ name: 'Wan 2.2' }],
      mentions: [{ context: 'trained on I2V but works on T2V too' }],
    });
    expect(byName['drnighthan on HuggingFace']).toMatchObject({ kind: 'user', mentions: [{ context: 'Car/Clorth/Product consistency' }] });
    expect(byName['a/b']!.mentions.map((mention) => [mention.section?.slug, mention.context])).toEqual([
      [undefined, 'Intro with'],
      ['special-use', '2.2 I2V, very good'],
    ]);
    expect(byName['a/b']!.families.map((family) => family.name)).toEqual(['Wan 2.2']);
  });
});
