import pLimit, { type LimitFunction } from 'p-limit';
import { checkUrl, type CheckOptions, type LinkResult } from './check-url.ts';
import type { LinkCache } from './link-cache.ts';

export interface RunOptions extends CheckOptions {
  /** Requests in flight at once, overall. */
  concurrency: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  cache?: LinkCache | undefined;
}

export interface CheckedLink extends LinkResult {
  url: string;
  fromCache: boolean;
}

export interface RunResult {
  links: CheckedLink[];
  /** Nothing answered at all: every link failed before any HTTP response. */
  offline: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Checks every URL once, politely: bounded overall and per host, cached results first. */
export async function runChecks(urls: readonly string[], options: RunOptions): Promise<RunResult> {
  const overall = pLimit(options.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const forHost = (host: string): LimitFunction => {
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(options.perHost)));
    return limit;
  };

  const links = await Promise.all(
    urls.map(async (url): Promise<CheckedLink> => {
      const cached = options.cache?.get(url);
      if (cached) return { ...cached, url, fromCache: true };
      // The host's limit is taken first, so a busy host does not hold overall slots while it waits.
      const result = await forHost(hostOf(url))(() => overall(() => checkUrl(url, options)));
      options.cache?.set(url, result);
      return { ...result, url, fromCache: false };
    }),
  );

  const asked = links.filter((link) => !link.fromCache);
  const offline = asked.length > 0 && asked.every((link) => link.unreachable);
  if (offline) {
    for (const link of links) {
      if (link.fromCache) continue;
      link.status = 'unverified';
      link.reason = `${link.reason}; no host answered at all, so this machine looks offline`;
    }
  }
  return { links, offline };
}
