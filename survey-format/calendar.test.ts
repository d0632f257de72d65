import { describe, expect, it } from 'vitest';
import { amsterdamDate, halfYearWave } from './calendar.ts';

describe('halfYearWave', () => {
  it('puts January to June in H1 and July to December in H2', () => {
    expect(halfYearWave(new Date('2026-03-15T12:00:00Z'))).toBe('2026-H1');
    expect(halfYearWave(new Date('2026-09-15T12:00:00Z'))).toBe('2026-H2');
  });
  it('follows Amsterdam time at the boundary, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in Amsterdam (CEST, UTC+2).
    expect(halfYearWave(new Date('2026-06-30T22:30:00Z'))).toBe('2026-H2');
    // 23:30 UTC on 31 December is 1 January in Amsterdam (CET, UTC+1).
    expect(halfYearWave(new Date('2026-12-31T23:30:00Z'))).toBe('2027-H1');
  });
});

describe('amsterdamDate', () => {
  it('gives the Amsterdam calendar date, which differs from UTC around midnight', () => {
    expect(amsterdamDate(new Date('2026-03-15T12:00:00Z'))).toBe('2026-03-15');
    expect(amsterdamDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(amsterdamDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
