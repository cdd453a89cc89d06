/** A Hugging Face repository link, checked through the Hub API instead of its web page. */
export interface HubRepo {
  kind: 'model' | 'dataset' | 'space';
  /** `owner/name`. */
  repo: string;
  /** The rest of the path after the repository (`/tree/main/LoRAs`), kept to rebuild a moved link. */
  rest: string;
}

const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);

/** First path segments of huggingface.co that are site pages, not owners. */
const NOT_OWNERS = new Set([
  'api',
  'blog',
  'chat',
  'collections',
  'docs',
  'enterprise',
  'join',
  'learn',
  'login',
  'models',
  'new',
  'organizations',
  'papers',
  'posts',
  'pricing',
  'privacy',
  'search',
  'settings',
  'tasks',
  'terms-of-service',
]);

export function isHubUrl(url: URL): boolean {
  return HUB_HOSTS.has(url.hostname);
}

/** A URL's path segments, decoded; a stray `%` (not percent-encoding) is kept as written rather than thrown on. */
export const pathSegments = (url: URL): string[] =>
  url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });

/** `https://huggingface.co/drnighthan` -> `drnighthan`: a user's or organisation's page. */
export function parseHubUser(url: URL): string | undefined {
  if (!isHubUrl(url)) return undefined;
  const [user, ...rest] = pathSegments(url);
  if (!user || rest.length > 0 || NOT_OWNERS.has(user) || user === 'datasets' || user === 'spaces') return undefined;
  return user;
}

/** `https://huggingface.co/Kijai/WanVideo_comfy/tree/main/LoRAs` -> model `Kijai/WanVideo_comfy`. */
export function parseHubRepo(url: URL): HubRepo | undefined {
  if (!isHubUrl(url)) return undefined;
  const segments = pathSegments(url);
  let kind: HubRepo['kind'] = 'model';
  if (segments[0] === 'datasets' || segments[0] === 'spaces') {
    kind = segments[0] === 'datasets' ? 'dataset' : 'space';
    segments.shift();
  } else if (NOT_OWNERS.has(segments[0] ?? '')) {
    return undefined;
  }
  const [owner, name, ...rest] = segments;
  if (!owner || !name) return undefined;
  return { kind, repo: `${owner}/${name}`, rest: rest.length ? `/${rest.join('/')}` : '' };
}

/** The Hub API URL that says whether the repository exists: `{endpoint}/api/models/owner/name`. */
export function hubApiUrl(repo: HubRepo, endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/api/${repo.kind}s/${repo.repo}`;
}

/** What a link says inside a repository: a folder (`/tree/main/LoRAs`) or a file (`/blob/main/x.safetensors`). */
export interface HubPath {
  what: 'folder' | 'file';
  path: string;
  /** Where to ask: the tree API for folders, the file's resolve URL for files. */
  url: string;
}

/** The request that proves a `/tree/…` folder or `/blob/…` file is there; nothing for links to the repository itself. */
export function hubPathUrl(repo: HubRepo, endpoint: string): HubPath | undefined {
  const [, view, revision, ...path] = repo.rest.split('/');
  if (!revision || (view !== 'tree' && view !== 'blob' && view !== 'resolve')) return undefined;
  const base = endpoint.replace(/\/+$/, '');
  const encoded = [revision, ...path].map(encodeURIComponent).join('/');
  if (view === 'tree') return { what: 'folder', path: path.join('/'), url: `${base}/api/${repo.kind}s/${repo.repo}/tree/${encoded}` };
  if (path.length === 0) return undefined;
  const prefix = repo.kind === 'model' ? '' : `${repo.kind}s/`;
  return { what: 'file', path: path.join('/'), url: `${base}/${prefix}${repo.repo}/resolve/${encoded}` };
}

/** The public web URL of a repository, e.g. after the API redirected to its new name. */
export function hubWebUrl(repo: HubRepo): string {
  const prefix = repo.kind === 'model' ? '' : `${repo.kind}s/`;
  return `https://huggingface.co/${prefix}${repo.repo}${repo.rest}`;
}

/** Any other huggingface.co page (a user page, docs) goes to the configured endpoint too, so tests can stand in for the Hub. */
export function rebaseOnEndpoint(url: URL, endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}
