import { describe, expect, it } from 'vitest';
import { formatRange, formatStrength, loraIndex } from '../../src/workflows/lora-index.ts';

const workflow = (
  path: string,
  loras: { file: string; strengthModel?: number; strengthClip?: number; state?: 'on' | 'off' | 'bypassed'; url?: string }[],
) => ({
  path,
  name: path,
  url: `/workflow/${path}/`,
  loras: loras.map((lora) => ({ state: 'on' as const, node: 'LoraLoader', ...lora })),
});

describe('loraIndex', () => {
  it('gathers one LoRA file across workflows and folders, with the strengths seen and the uses that are off', () => {
    const index = loraIndex([
      workflow('a.json', [
        { file: 'WanVideo\\Lightx2v\\lightx2v.safetensors', strengthModel: 3 },
        { file: 'style.safetensors', strengthModel: 0.9, strengthClip: 0.7 },
      ]),
      workflow('b.json', [
        { file: 'wan/lightx2v.safetensors', strengthModel: 0.6, state: 'bypassed' },
        { file: 'LIGHTX2V.safetensors', strengthModel: 1 },
      ]),
    ]);
    expect(index.map((lora) => [lora.file, lora.workflows.map((w) => w.path), lora.strength, lora.uses, lora.inactive])).toEqual([
      ['lightx2v.safetensors', ['a.json', 'b.json'], { min: 0.6, max: 3 }, 3, 1],
      ['style.safetensors', ['a.json'], { min: 0.9, max: 0.9 }, 1, 0],
    ]);
    expect(index[0]!.written).toEqual(['WanVideo\\Lightx2v\\lightx2v.safetensors', 'wan/lightx2v.safetensors', 'LIGHTX2V.safetensors']);
    expect(index[1]!.clip).toEqual({ min: 0.7, max: 0.7 });
  });

  it('writes strengths as people do', () => {
    expect([
      formatStrength(1.0000000000000002),
      formatStrength(0.75),
      formatRange({ min: 0.6, max: 3 }),
      formatRange({ min: 1, max: 1 }),
    ]).toEqual(['1', '0.75', '0.6–3', '1']);
  });
});

describe('loraIndex tells files apart', () => {
  it('by folder where the name is a generic one, by URL where two workflows say where from, and reads %20 as a space', () => {
    const index = loraIndex([
      workflow('a.json', [
        { file: 'Wan22-Animate\\relight\\high_noise_model.safetensors', strengthModel: 0.6 },
        { file: 'wan%20animate%20face.safetensors', strengthModel: 0.8 },
        {
          file: 'lightx2v.safetensors',
          strengthModel: 1,
          url: 'https://huggingface.co/Kijai/WanVideo_comfy/resolve/main/lightx2v.safetensors',
        },
      ]),
      workflow('b.json', [
        { file: 'Wan22-Animate/detail/high_noise_model.safetensors', strengthModel: 0.5 },
        { file: 'wan animate face.safetensors', strengthModel: 1 },
        {
          file: 'lightx2v.safetensors',
          strengthModel: 2,
          url: 'https://huggingface.co/someone/other-lightx2v/blob/main/lightx2v.safetensors',
        },
        { file: 'WanVideo\\lightx2v.safetensors', strengthModel: 3 },
      ]),
    ]);
    const rows = index.map((lora) => [lora.file, lora.from, lora.uses]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['high_noise_model.safetensors', 'Wan22-Animate/relight', 1],
        ['high_noise_model.safetensors', 'Wan22-Animate/detail', 1],
        ['wan animate face.safetensors', undefined, 2],
        // Two repositories' files of one name are two rows; the use that names no URL joins the first.
        ['lightx2v.safetensors', 'Kijai/WanVideo_comfy', 2],
        ['lightx2v.safetensors', 'someone/other-lightx2v', 1],
      ]),
    );
    expect(index).toHaveLength(5);
  });
});
