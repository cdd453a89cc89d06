import { isHubUrl, parseHubRepo, parseHubUser, pathSegments as segments } from '../links/external/hub.ts';

/** What a model link leads to on its host: a model's page, a dataset's, a space's, a user's, a tool's. */
export type ModelPageKind = 'model' | 'dataset' | 'space' | 'user' | 'tool';

/** A link to a model host, parsed into what it points at. */
export interface ModelLink {
  host: string;
  hostName: string;
  kind: ModelPageKind;
  owner?: string | undefined;
  name?: string | undefined;
  /** One id per thing linked: `/tree/main` and the bare repository URL are the same model. */
  id: string;
  /** The canonical URL of that thing. */
  canonicalUrl: string;
  /** A host's number for it (Civitai, RunningHub), and the URL's readable slug and version, where there are. */
  number?: string | undefined;
  slug?: string | undefined;
  version?: string | undefined;
}

interface Host {
  id: string;
  name: string;
  /** Short label shown beside links to this host. */
  label: string;
  parse(url: URL): Omit<ModelLink, 'host' | 'hostName'> | undefined;
}

/** The hosts we recognise. Adding one is adding an entry here; the page's filters follow by themselves. */
export const HOSTS: readonly Host[] = [
  {
    id: 'huggingface',
    name: 'Hugging Face',
    label: 'HF',
    parse(url) {
      if (!isHubUrl(url)) return undefined;
      const repo = parseHubRepo(url);
      if (repo) {
        const [owner, name] = repo.repo.split('/');
        const prefix = repo.kind === 'model' ? '' : `${repo.kind}s/`;
        return {
          kind: repo.kind,
          owner,
          name,
          id: `huggingface:${prefix}${repo.repo}`,
          canonicalUrl: `https://huggingface.co/${prefix}${repo.repo}`,
        };
      }
      const user = parseHubUser(url);
      if (!user) return undefined;
      return { kind: 'user', owner: user, id: `huggingface:${user}`, canonicalUrl: `https://huggingface.co/${user}` };
    },
  },
  {
    id: 'runninghub',
    name: 'RunningHub',
    label: 'RunningHub',
    parse(url) {
      if (!/(^|\.)runninghub\.(ai|cn)$/.test(url.hostname)) return undefined;
      const [first, second, third] = segments(url);
      if (first !== 'model') return undefined;
      const number = second === 'public' ? third : second;
      if (!number) return undefined;
      return {
        kind: 'model',
        name: number,
        number,
        id: `runninghub:${number}`,
        canonicalUrl: `https://www.runninghub.ai/model/public/${number}`,
      };
    },
  },
  {
    id: 'wavespeed',
    name: 'WaveSpeed',
    label: 'WaveSpeed',
    parse(url) {
      if (!/(^|\.)wavespeed\.ai$/.test(url.hostname)) return undefined;
      const [first, owner, name] = segments(url);
      if (first !== 'models' || !owner || !name) return undefined;
      return { kind: 'tool', owner, name, id: `wavespeed:${owner}/${name}`, canonicalUrl: `https://wavespeed.ai/models/${owner}/${name}` };
    },
  },
  {
    id: 'civitai',
    name: 'Civitai',
    label: 'Civitai',
    parse(url) {
      if (!/(^|\.)civitai\.(com|green)$/.test(url.hostname)) return undefined;
      const [first, number, slug] = segments(url);
      if (first === 'user' && number)
        return { kind: 'user', owner: number, id: `civitai:user/${number}`, canonicalUrl: `https://civitai.com/user/${number}` };
      if (first !== 'models' || !number || !/^\d+$/.test(number)) return undefined;
      return {
        kind: 'model',
        name: slug ?? number,
        number,
        slug,
        version: url.searchParams.get('modelVersionId') ?? undefined,
        id: `civitai:${number}`,
        canonicalUrl: `https://civitai.com/models/${number}`,
      };
    },
  },
];

export function hostById(id: string): Host | undefined {
  return HOSTS.find((host) => host.id === id);
}

/** Recognises a link to a known model host; anything else (a docs page, GitHub) is not a model link. */
export function parseModelLink(href: string): ModelLink | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  for (const host of HOSTS) {
    const parsed = host.parse(url);
    if (parsed) return { host: host.id, hostName: host.name, ...parsed };
  }
  return undefined;
}
