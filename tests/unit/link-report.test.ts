import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinkReport, worstCheck } from '../../src/models/link-report.ts';

describe('link report for the model index', () => {
  it('is empty when there is no report, and explains a file that is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    expect(readLinkReport(join(dir, 'none.json')).size).toBe(0);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => readLinkReport(join(dir, 'bad.json'))).toThrow(/bad\.json is not a link report from `npm run links -- --json`/);
  });

  it('gives a model linked several ways the worst result of its links', () => {
    const at = '2026-11-20T10:00:00.000Z';
    expect(
      worstCheck([
        { status: 'ok', checkedAt: at },
        undefined,
        { status: 'broken', checkedAt: at },
        { status: 'redirected', checkedAt: at },
      ]),
    ).toEqual({
      status: 'broken',
      checkedAt: at,
    });
    expect(
      worstCheck([
        { status: 'ok', checkedAt: at },
        { status: 'unverified', checkedAt: at },
      ])?.status,
    ).toBe('unverified');
    expect(worstCheck([undefined])).toBeUndefined();
  });
});
