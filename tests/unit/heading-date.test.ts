import { describe, expect, it } from 'vitest';
import { readHeadingDate } from '../../src/notes/heading-date.ts';

describe('readHeadingDate', () => {
  it.each([
    ['2026.06.23', { iso: '2026-06-23', precision: 'day', rest: '' }],
    ['2026.06', { iso: '2026-06', precision: 'month', rest: '' }],
    ['2025.12.13 Part A', { iso: '2025-12-13', precision: 'day', rest: 'Part A' }],
    ['2026-06-23', { iso: '2026-06-23', precision: 'day', rest: '' }],
    ['2026-06', { iso: '2026-06', precision: 'month', rest: '' }],
    ['2026.6.3: SCAIL-2 with WanVideoNAG', { iso: '2026-06-03', precision: 'day', rest: 'SCAIL-2 with WanVideoNAG' }],
    ['2026.06.23 — LTX 2.3 LoRAs', { iso: '2026-06-23', precision: 'day', rest: 'LTX 2.3 LoRAs' }],
    ['  2026.02.29 (leap?)', undefined],
    ['2028.02.29 (leap)', { iso: '2028-02-29', precision: 'day', rest: '(leap)' }],
  ])('reads %j', (text, expected) => {
    expect(readHeadingDate(text)).toEqual(expected);
  });

  it.each([
    '2026 plans',
    '2026',
    'v2.2',
    '1.5 B params',
    'Wan 2.2 2026.06.23',
    '2026.13.01',
    '2026.00',
    '2026.06.31',
    '2026.06-23',
    '2026.06.23b',
    '2026.06.231',
    '12026.06.23',
    '0101.01.01',
    '2026.06.23.1',
  ])('reads no date in %j', (text) => {
    expect(readHeadingDate(text)).toBeUndefined();
  });
});
