import { describe, expect, it } from 'vitest';
import { hubApiUrl, hubPathUrl, hubWebUrl, parseHubRepo } from '../../src/links/external/hub.ts';

const parse = (url: string) => parseHubRepo(new URL(url));

describe('Hugging Face links', () => {
  it.each([
    ['https://huggingface.co/Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1', 'model', 'Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1', ''],
    ['https://huggingface.co/Kijai/WanVideo_comfy/tree/main/LoRAs/rCM', 'model', 'Kijai/WanVideo_comfy', '/tree/main/LoRAs/rCM'],
    [
      'https://huggingface.co/QingyanBai/Ditto_models/blob/main/models_comfy/ditto_local_comfy.safetensors',
      'model',
      'QingyanBai/Ditto_models',
      '/blob/main/models_comfy/ditto_local_comfy.safetensors',
    ],
    ['https://huggingface.co/datasets/owner/data/', 'dataset', 'owner/data', ''],
    ['https://huggingface.co/spaces/owner/demo?x=1', 'space', 'owner/demo', ''],
  ])('reads %s as a %s repository', (url, kind, repo, rest) => {
    expect(parse(url)).toEqual({ kind, repo, rest });
  });

  it.each([
    'https://huggingface.co/drnighthan',
    'https://huggingface.co/docs/hub/index',
    'https://huggingface.co/',
    'https://example.org/a/b',
  ])('does not take %s for a repository', (url) => {
    expect(parse(url)).toBeUndefined();
  });

  it('asks the API at the configured endpoint and rebuilds web URLs', () => {
    const repo = parse('https://huggingface.co/datasets/owner/data/tree/main')!;
    expect(hubApiUrl(repo, 'http://127.0.0.1:9999/')).toBe('http://127.0.0.1:9999/api/datasets/owner/data');
    expect(hubWebUrl({ ...repo, repo: 'new/name' })).toBe('https://huggingface.co/datasets/new/name/tree/main');
  });

  it('knows which request proves a folder or a file inside a repository', () => {
    const at = (url: string) => hubPathUrl(parseHubRepo(new URL(url))!, 'http://hub.test');
    expect(at('https://huggingface.co/Kijai/WanVideo_comfy/tree/main/LoRAs/rCM')).toEqual({
      what: 'folder',
      path: 'LoRAs/rCM',
      url: 'http://hub.test/api/models/Kijai/WanVideo_comfy/tree/main/LoRAs/rCM',
    });
    expect(at('https://huggingface.co/owner/repo/tree/main')).toEqual({
      what: 'folder',
      path: '',
      url: 'http://hub.test/api/models/owner/repo/tree/main',
    });
    expect(at('https://huggingface.co/QingyanBai/Ditto_models/blob/main/models_comfy/ditto_local_comfy.safetensors')).toEqual({
      what: 'file',
      path: 'models_comfy/ditto_local_comfy.safetensors',
      url: 'http://hub.test/QingyanBai/Ditto_models/resolve/main/models_comfy/ditto_local_comfy.safetensors',
    });
    expect(at('https://huggingface.co/datasets/owner/data/blob/main/a b.csv')?.url).toBe(
      'http://hub.test/datasets/owner/data/resolve/main/a%20b.csv',
    );
    expect(at('https://huggingface.co/owner/repo')).toBeUndefined();
    expect(at('https://huggingface.co/owner/repo/discussions/3')).toBeUndefined();
  });
});
