import { describe, expect, it } from 'vitest';
import { collectModelLinks, displayName, readModelLinks } from '../../src/models/collect-model-links.ts';
import { detectFamilies } from '../../src/models/model-family.ts';
import { parseModelLink } from '../../src/models/model-hosts.ts';
import { parseNote } from '../../src/notes/parse-note.ts';

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
  const names = (text: string) => detectFamilies({ name: text }).families.map((family) => family.name);

  it.each([
    ['wan2.2-14B-Kinestasis_concept-lora-v1', ['Wan 2.2']],
    ['Wan2.2-I2V-A14B-HIGH', ['Wan 2.2']],
    ['Wan22-I2V-A14B-HIGH', ['Wan 2.2']],
    ['wan_2_2_t2v_low', ['Wan 2.2']],
    ['2.2 I2V High', ['Wan 2.2']],
    ['Lazy Susan Rotation Wan 2.2', ['Wan 2.2']],
    ['wan2.1-14B-lora-punk-style', ['Wan 2.1']],
    ['Wan_2_1_T2V_14B_rCM_lora_average_rank_148_bf16', ['Wan 2.1']],
    ['Wan 2.1 and 2.2', ['Wan 2.1']],
    ['WanVideo_comfy', ['Wan (version not given)']],
    ['Ashmotv/exploded_effect_wan', ['Wan (version not given)']],
    ['Wan-Animate relight', ['Wan (version not given)']],
    ['LTXV-13B-LoRA-Wallace_and_Gromit-v1', ['LTX-2 / LTXV']],
    ['ltxv2-anime-style', ['LTX-2 / LTXV']],
    ['LTX-2.3 fight', ['LTX-2 / LTXV']],
    ['ltx-23-fight', ['LTX-2 / LTXV']],
    ['HunyuanVideo LoRA', ['HunyuanVideo']],
    ['flux-dev style', ['Flux']],
    ['FLUX.1-Kontext-dev', ['Flux']],
    ['FLUX.2-klein-4B', ['Flux.2 / Klein']],
    ['Qwen-Image-Edit-2509', ['Qwen-Image']],
    ['qwen_image_lightning', ['Qwen-Image']],
    ['alibaba-pai/Z-Image-Turbo-Fun-Controlnet-Union-2.0', ['Z-Image']],
    ['zit character lora', ['Z-Image']],
    ['HiDream-I1-Full', ['HiDream']],
    ['Kandinsky-5.0-T2V-Lite', ['Kandinsky']],
    ['Chroma1-HD', ['Chroma']],
    ['bytedance-research/HuMo', ['HuMo']],
    ['AIDC-AI/Ovis-Image-7B', ['Ovis-Image']],
    ['an SDXL LoRA', ['SDXL']],
    ['sd15 lineart', ['SD 1.5']],
    ['ByteDance/Bernini', ['Bernini']],
    ['Comfy-Org/Krea-2', ['Krea 2']],
    ['krea/Krea-2-Raw', ['Krea 2']],
    ['FLUX.1-Krea-dev', ['Flux']],
    ['meituan-longcat/LongCat-Video', ['LongCat-Video']],
    ['Kijai/LongCat-Video_comfy', ['LongCat-Video']],
    ['dx8152/Qwen-Edit-2509-Light-Migration', ['Qwen-Image']],
    ['lividtm/Qwen-Edit-Loras', ['Qwen-Image']],
    ['MeiGen-AI/InfiniteTalk', ['Wan (version not given)']],
    ['vita-video-gen/svi-model', ['Wan (version not given)']],
    ['Skywork/SkyReels-V2-DF-14B-540P', ['SkyReels']],
    ['THUDM/CogVideoX-5b', ['CogVideoX']],
    ['genmo/mochi-1-preview', ['Mochi']],
    ['Alpha-VLLM/Lumina-Image-2.0', ['Lumina']],
    ['neta-art/NetaYume-Lumina-Image-2.0', ['Lumina']],
    ['multitalkative', []],
    ['bernie', []],
    ['swan lake', []],
    ['klingon', []],
  ])('%s is %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads the name first, then the link text, the words around it, the section and the note title, and says which', () => {
    expect(detectFamilies({ name: 'owner/model', context: 'works on Wan 2.2 T2V' })).toMatchObject({ from: 'context' });
    expect(detectFamilies({ name: 'LTXV-13B', 'link text': 'Wan 2.2' })).toMatchObject({ from: 'name', families: [{ id: 'ltx' }] });
    expect(detectFamilies({ name: 'ByteDance/BRN', section: 'Editing', 'note title': 'Qwen-Image edits' })).toMatchObject({
      from: 'note title',
      families: [{ id: 'qwen-image' }],
    });
    expect(detectFamilies({ name: 'a/b', section: 'LTX 2.3 News' })).toMatchObject({ from: 'section', families: [{ id: 'ltx' }] });
    expect(detectFamilies({ name: 'a/b' })).toEqual({ families: [] });
  });
});

describe('displayName', () => {
  const name = (url: string, text: string) => displayName(text, parseModelLink(url)!);

  it.each([
    ['https://civitai.com/models/2192377/flippinrad-motion-morph', '2192377', 'flippinrad-motion-morph'],
    [
      'https://civitai.com/models/2415727/seikon-no-qwaser?modelVersionId=2716034',
      'CA:2415727/seikon?2716034',
      'seikon-no-qwaser (version 2716034)',
    ],
    ['https://civitai.com/models/2489766', 'CA:2489766/ltx-23-fight', 'Civitai model 2489766'],
    ['https://civitai.com/models/2192377', '2192377', 'Civitai model 2192377'],
    ['https://civitai.com/models/2192377', 'Motion morph LoRA', 'Motion morph LoRA'],
    ['https://www.runninghub.ai/model/public/1979104800396709889', 'Lazy Susan Rotation Wan 2.2', 'Lazy Susan Rotation Wan 2.2'],
    [
      'https://www.runninghub.ai/model/public/1979104800396709889',
      'https://www.runninghub.ai/model/public/1979104800396709889',
      'RunningHub model 1979104800396709889',
    ],
    ['https://huggingface.co/Kijai/WanVideo_comfy/tree/main', 'HF:Kijai', 'Kijai/WanVideo_comfy'],
    ['https://huggingface.co/drnighthan', 'drnighthan on HuggingFace', 'drnighthan on HuggingFace'],
    [
      'https://wavespeed.ai/models/wavespeed-ai/wan-2.2-i2v-lora-trainer',
      'https://wavespeed.ai/models/wavespeed-ai/wan-2.2-i2v-lora-trainer',
      'wavespeed-ai/wan-2.2-i2v-lora-trainer',
    ],
  ])('%s linked as %j is %j', (url, text, expected) => {
    expect(name(url, text)).toBe(expected);
  });
});

describe('collectModelLinks', () => {
  const note = (id: string, markdown: string, headings: { depth: number; slug: string; text: string }[]) => ({
    id,
    title: id,
    links: readModelLinks(parseNote(markdown, false)),
    headings,
  });

  it('reads a family from the lead-in of the list a link stands in', () => {
    const markdown =
      '# N\n\n## Special Use\n\nWan 2.2 LoRA-s 2026\n\n* [x](https://huggingface.co/epfl-vita/everanimate/tree/main/ckpts)\n';
    const [entry] = collectModelLinks([note('n', markdown, [{ depth: 2, slug: 'special-use', text: 'Special Use' }])]);
    expect(entry).toMatchObject({ displayName: 'epfl-vita/everanimate', families: [{ name: 'Wan 2.2' }], familySource: 'context' });
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
      families: [{ id: 'ltx', name: 'LTX-2 / LTXV' }],
      familySource: 'name',
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
