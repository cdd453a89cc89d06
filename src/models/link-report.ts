import { readFileSync } from 'node:fs';
import type { LinkStatus } from '../links/external/check-url.ts';

export interface LinkCheck {
  status: LinkStatus;
  checkedAt: string;
}

/**
 * Results of the last `npm run links -- --json <file>`, by URL as written. No file
 * means no results: the model index then shows no check column at all.
 */
export function readLinkReport(path: string): Map<string, LinkCheck> {
  let report: { checkedAt?: string; links?: { url: string; status: LinkStatus }[] };
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(
      `${path} is not a link report from \`npm run links -- --json\`: ${(error as Error).message}. Delete it or run the check again.`,
      { cause: error },
    );
  }
  const checkedAt = report.checkedAt ?? '';
  return new Map((report.links ?? []).map((link) => [link.url, { status: link.status, checkedAt }]));
}

const SEVERITY: Record<LinkStatus, number> = { ok: 0, redirected: 1, unverified: 2, broken: 3 };

/** One status for a model linked several ways: the worst of its links, so a broken one is never hidden by a good one. */
export function worstCheck(checks: readonly (LinkCheck | undefined)[]): LinkCheck | undefined {
  return checks.reduce<LinkCheck | undefined>(
    (worst, check) => (check && (!worst || SEVERITY[check.status] > SEVERITY[worst.status]) ? check : worst),
    undefined,
  );
}
