import { hubApiUrl, hubPathUrl, hubWebUrl, isHubUrl, parseHubRepo, rebaseOnEndpoint, type HubPath } from './hub.ts';

export type LinkStatus = 'ok' | 'redirected' | 'broken' | 'unverified';

export interface LinkResult {
  status: LinkStatus;
  /** The last HTTP status seen, or null when no answer came. */
  code: number | null;
  /** Where the link ends up after redirects (null when it did not move or did not answer). */
  finalUrl: string | null;
  reason: string;
  /** True when no host answered at all (refused, unresolved, timed out): the machine may be offline. */
  unreachable: boolean;
}

export interface CheckOptions {
  /** Per request, in ms. */
  timeoutMs: number;
  /** Retries after the first try on 429, 5xx and time-outs. */
  retries: number;
  /** First wait between retries, doubled each time, in ms. */
  backoffMs: number;
  /** Longest `Retry-After` honoured, in ms. */
  maxRetryAfterMs: number;
  /** Base URL of the Hugging Face Hub (`HF_ENDPOINT`). */
  hubEndpoint: string;
  /** Injected for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const MAX_REDIRECTS = 10;
const USER_AGENT = 'lora-notes-link-checker/1 (+https://github.com/)';

/** What one request (with its redirects) came to, before classification. */
type Outcome =
  | { kind: 'response'; code: number; finalUrl: string; hops: number; headers: Headers }
  | { kind: 'error'; reason: string; broken: boolean; unreachable: boolean; retry: boolean };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a network error's cause: refused and unresolved names are definite, the rest may pass. */
function describeError(error: unknown, timeoutMs: number): Extract<Outcome, { kind: 'error' }> {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { kind: 'error', reason: `no answer within ${timeoutMs} ms`, broken: false, unreachable: true, retry: true };
  }
  const code = ((error as { cause?: { code?: string } })?.cause?.code ?? '') as string;
  if (code === 'ECONNREFUSED') return { kind: 'error', reason: 'connection refused', broken: true, unreachable: true, retry: false };
  if (code === 'ENOTFOUND') return { kind: 'error', reason: 'host name not resolved', broken: true, unreachable: true, retry: false };
  // Browsers refuse ports such as 1, 25 or 6000 outright (the Fetch standard's "bad port"): the link never loads.
  if ((error as { cause?: { message?: string } })?.cause?.message === 'bad port')
    return { kind: 'error', reason: 'a port browsers refuse to connect to', broken: true, unreachable: false, retry: false };
  if (code === 'EAI_AGAIN')
    return { kind: 'error', reason: 'host name lookup failed (no DNS?)', broken: false, unreachable: true, retry: true };
  const detail = code || (error as Error)?.message || String(error);
  return { kind: 'error', reason: `request failed: ${detail}`, broken: false, unreachable: false, retry: true };
}

/** Servers that do not do HEAD answer one of these (or fail); GET tells the truth. */
const HEAD_REFUSED = new Set([400, 403, 404, 405, 501]);

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Response> {
  const response = await (options.fetch ?? fetch)(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': USER_AGENT, accept: method === 'GET' ? 'text/html,application/json;q=0.9,*/*;q=0.8' : '*/*' },
  });
  // Only the status matters: never download a body.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** Follows redirects by hand so that loops and long chains are seen. HEAD first, GET when HEAD is refused. */
async function follow(start: string, options: CheckOptions, headFirst: boolean): Promise<Outcome> {
  const seen = new Set<string>([start]);
  let current = start;
  for (let hops = 0; ; hops += 1) {
    let response: Response;
    try {
      response = await request(current, headFirst ? 'HEAD' : 'GET', options);
      if (headFirst && HEAD_REFUSED.has(response.status)) response = await request(current, 'GET', options);
    } catch (error) {
      const failure = describeError(error, options.timeoutMs);
      if (!headFirst || failure.broken) return failure;
      try {
        response = await request(current, 'GET', options);
      } catch (retryError) {
        return describeError(retryError, options.timeoutMs);
      }
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      return { kind: 'response', code: response.status, finalUrl: current, hops, headers: response.headers };
    }
    if (hops >= MAX_REDIRECTS)
      return { kind: 'error', reason: `more than ${MAX_REDIRECTS} redirects`, broken: true, unreachable: false, retry: false };
    const next = new URL(location, current).href;
    if (seen.has(next)) return { kind: 'error', reason: `redirect loop at ${next}`, broken: true, unreachable: false, retry: false };
    seen.add(next);
    current = next;
  }
}

/** `Retry-After` in seconds or as an HTTP date, in ms. */
function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const shouldRetry = (outcome: Outcome): boolean =>
  outcome.kind === 'error' ? outcome.retry : outcome.code === 408 || outcome.code === 429 || outcome.code >= 500;

/** Tries, and tries again with backoff (or as long as `Retry-After` asks, up to a cap) while the answer may pass. */
async function withRetries(run: () => Promise<Outcome>, options: CheckOptions): Promise<{ outcome: Outcome; tries: number }> {
  let outcome = await run();
  let tries = 1;
  while (shouldRetry(outcome) && tries <= options.retries) {
    const asked = outcome.kind === 'response' ? retryAfterMs(outcome.headers) : undefined;
    await sleep(asked === undefined ? options.backoffMs * 2 ** (tries - 1) : Math.min(asked, options.maxRetryAfterMs));
    outcome = await run();
    tries += 1;
  }
  return { outcome, tries };
}

function classify(url: string, outcome: Outcome, tries: number): LinkResult {
  const after = tries > 1 ? ` after ${tries} tries` : '';
  if (outcome.kind === 'error') {
    return {
      status: outcome.broken ? 'broken' : 'unverified',
      code: null,
      finalUrl: null,
      reason: outcome.reason + after,
      unreachable: outcome.unreachable,
    };
  }
  const { code, finalUrl, hops } = outcome;
  const moved = hops > 0 && finalUrl !== url ? finalUrl : null;
  const base = { code, finalUrl: moved, unreachable: false };
  if (code >= 200 && code < 300)
    return moved ? { ...base, status: 'redirected', reason: `moved to ${moved}` } : { ...base, status: 'ok', reason: 'ok' };
  if (code === 404 || code === 410) return { ...base, status: 'broken', reason: code === 404 ? 'not found' : 'gone' };
  if (code === 401 || code === 403)
    return { ...base, status: 'unverified', reason: code === 401 ? 'needs a login' : 'forbidden (login or bot protection)' };
  if (code === 408 || code === 429 || code >= 500) return { ...base, status: 'unverified', reason: `HTTP ${code}${after}` };
  if (code >= 300 && code < 400) return { ...base, status: 'unverified', reason: `HTTP ${code} without a Location header` };
  return { ...base, status: 'broken', reason: `HTTP ${code}` };
}

/** A Hub repository: the API says whether it exists, is gated, or was renamed. */
async function checkHubRepo(parsed: URL, options: CheckOptions): Promise<LinkResult | undefined> {
  const repo = parseHubRepo(parsed);
  if (!repo) return undefined;
  const api = hubApiUrl(repo, options.hubEndpoint);
  const { outcome, tries } = await withRetries(() => follow(api, options, false), options);
  if (outcome.kind === 'response') {
    const errorCode = outcome.headers.get('x-error-code');
    if ((outcome.code === 401 || outcome.code === 403) && errorCode === 'GatedRepo') {
      return {
        status: 'ok',
        code: outcome.code,
        finalUrl: null,
        reason: 'gated repository: it exists; its files need the licence accepted on the Hub',
        unreachable: false,
      };
    }
    if (outcome.code === 404 || ((outcome.code === 401 || outcome.code === 403) && errorCode === 'RepoNotFound')) {
      return {
        status: 'broken',
        code: outcome.code,
        finalUrl: null,
        reason: `${repo.kind} repository ${repo.repo} not found (or private)`,
        unreachable: false,
      };
    }
    if (outcome.code === 200) {
      // A renamed repository: the API redirected to /api/models/<new owner>/<new name>.
      const renamed = /^\/api\/(?:models|datasets|spaces)\/([^/]+\/[^/]+)/.exec(new URL(outcome.finalUrl).pathname)?.[1];
      if (renamed && renamed !== repo.repo) {
        const moved = hubWebUrl({ ...repo, repo: renamed });
        return { status: 'redirected', code: 200, finalUrl: moved, reason: `repository moved to ${moved}`, unreachable: false };
      }
      const inside = hubPathUrl(repo, options.hubEndpoint);
      return inside
        ? checkHubPath(repo.repo, inside, options)
        : { status: 'ok', code: 200, finalUrl: null, reason: 'ok', unreachable: false };
    }
  }
  return classify(api, outcome, tries);
}

/** The folder or file a link points at inside an existing repository. A file answers with a redirect to the CDN, which is not followed. */
async function checkHubPath(repo: string, inside: HubPath, options: CheckOptions): Promise<LinkResult> {
  const method = inside.what === 'file' ? 'HEAD' : 'GET';
  const once = async (): Promise<Outcome> => {
    try {
      const response = await request(inside.url, method, options);
      return { kind: 'response', code: response.status, finalUrl: inside.url, hops: 0, headers: response.headers };
    } catch (error) {
      return describeError(error, options.timeoutMs);
    }
  };
  const { outcome, tries } = await withRetries(once, options);
  if (outcome.kind === 'response') {
    if (outcome.code >= 200 && outcome.code < 400)
      return { status: 'ok', code: outcome.code, finalUrl: null, reason: 'ok', unreachable: false };
    if ((outcome.code === 401 || outcome.code === 403) && outcome.headers.get('x-error-code') === 'GatedRepo') {
      return {
        status: 'ok',
        code: outcome.code,
        finalUrl: null,
        reason: `gated repository: the ${inside.what} needs the licence accepted on the Hub`,
        unreachable: false,
      };
    }
    if (outcome.code === 404) {
      return {
        status: 'broken',
        code: 404,
        finalUrl: null,
        reason: `${inside.what} ${inside.path || '(root)'} not found in ${repo}`,
        unreachable: false,
      };
    }
  }
  return classify(inside.url, outcome, tries);
}

/** Checks one external URL and puts it in one of four classes. */
export async function checkUrl(url: string, options: CheckOptions): Promise<LinkResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'broken', code: null, finalUrl: null, reason: 'malformed URL', unreachable: false };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { status: 'broken', code: null, finalUrl: null, reason: `unsupported scheme ${parsed.protocol}`, unreachable: false };
  }
  if (isHubUrl(parsed)) {
    const hub = await checkHubRepo(parsed, options);
    if (hub) return hub;
    const target = rebaseOnEndpoint(parsed, options.hubEndpoint);
    const { outcome, tries } = await withRetries(() => follow(target, options, true), options);
    return classify(target, outcome, tries);
  }
  const { outcome, tries } = await withRetries(() => follow(parsed.href, options, true), options);
  return classify(parsed.href, outcome, tries);
}
