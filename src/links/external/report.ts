import type { ExternalLink, LinkSource } from './collect-external-links.ts';
import type { CheckedLink, RunResult } from './run-checks.ts';

export interface ReportedLink {
  url: string;
  status: CheckedLink['status'];
  code: number | null;
  finalUrl: string | null;
  reason: string;
  sources: LinkSource[];
}

/** The `--json` report: `{ links: [{ url, status, code, finalUrl, reason, sources: [{ file, line, text }] }] }`. */
export function jsonReport(
  collected: readonly ExternalLink[],
  run: RunResult,
): { checkedAt: string; offline: boolean; links: ReportedLink[] } {
  const results = new Map(run.links.map((link) => [link.url, link]));
  return {
    checkedAt: new Date().toISOString(),
    offline: run.offline,
    links: collected.map(({ url, sources }) => {
      const result = results.get(url)!;
      return { url, status: result.status, code: result.code, finalUrl: result.finalUrl, reason: result.reason, sources };
    }),
  };
}

const LABEL: Record<CheckedLink['status'], string> = { ok: 'ok', redirected: 'moved', broken: 'BROKEN', unverified: 'unverified' };

/** One line per problem, grouped by the file to fix, then a count of each class. */
export function humanReport(links: readonly ReportedLink[], run: RunResult, seconds: number): string {
  const byFile = new Map<string, string[]>();
  for (const link of links) {
    if (link.status === 'ok') continue;
    for (const source of link.sources) {
      const detail = link.status === 'redirected' ? `now ${link.finalUrl}` : `${link.code ?? '-'} ${link.reason}`;
      const line = `  ${`${source.file}:${source.line}`.padEnd(28)} ${LABEL[link.status].padEnd(10)} ${link.url}  (${source.text || 'no text'}): ${detail}`;
      byFile.set(source.file, [...(byFile.get(source.file) ?? []), line]);
    }
  }
  const count = (status: CheckedLink['status']) => links.filter((link) => link.status === status).length;
  const cached = run.links.filter((link) => link.fromCache).length;
  const lines: string[] = [];
  // Offline, every line would say the same thing: say it once.
  if (run.offline) lines.push('No host answered at all: this machine looks offline, so nothing could be verified.', '');
  else for (const [file, problems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) lines.push(file, ...problems, '');
  lines.push(
    `${links.length} external links checked in ${seconds.toFixed(1)} s (${cached} from cache): ` +
      `${count('ok')} ok, ${count('redirected')} moved, ${count('broken')} broken, ${count('unverified')} unverified`,
  );
  return lines.join('\n');
}

/** GitHub Actions annotations: an error on each broken link, a warning on each moved or unverified one. */
export function githubAnnotations(links: readonly ReportedLink[]): string[] {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const annotations: string[] = [];
  for (const link of links) {
    if (link.status === 'ok') continue;
    const level = link.status === 'broken' ? 'error' : 'warning';
    const message =
      link.status === 'redirected' ? `${link.url} moved to ${link.finalUrl}` : `${link.url} is ${link.status}: ${link.reason}`;
    for (const source of link.sources) annotations.push(`::${level} file=${source.file},line=${source.line}::${escape(message)}`);
  }
  return annotations;
}
