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

describe('amsterdamDate, asked again and again (it keeps the last hour)', () => {
  // Reference: a formatter of its own for every call, so nothing is kept between calls.
  const reference = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

  it('agrees with a fresh formatter every 10 minutes across midnights and both clock changes of 2026', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC); 25 October 2026: back (01:00 UTC).
    for (const day of ['2026-03-28', '2026-03-29', '2026-06-30', '2026-10-25', '2026-12-31']) {
      const start = Date.parse(`${day}T00:00:00Z`) - 6 * 3_600_000;
      for (let t = start; t < start + 36 * 3_600_000; t += 600_000) {
        const at = new Date(t);
        expect(amsterdamDate(at), at.toISOString()).toBe(reference(at));
      }
    }
  });

  it('does not answer for one moment with the date of another asked just before', () => {
    const lastOfDay = new Date('2026-07-01T21:59:59.999Z'); // 23:59:59.999 in Amsterdam
    const firstOfNext = new Date('2026-07-01T22:00:00.000Z'); // 00:00 in Amsterdam
    for (let i = 0; i < 3; i++) {
      expect(amsterdamDate(lastOfDay)).toBe('2026-07-01');
      expect(amsterdamDate(firstOfNext)).toBe('2026-07-02');
      expect(halfYearWave(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-H1');
      expect(halfYearWave(new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-H2');
    }
  });

  it('still refuses an invalid date', () => {
    expect(() => amsterdamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
