import { LibsqlError } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { isDatabaseBusy, retryWhileBusy } from './busy-retry.ts';

const busy = () => new LibsqlError('database is locked', 'SQLITE_BUSY', 'SQLITE_BUSY', 5);

describe('isDatabaseBusy', () => {
  it('knows SQLite busy and locked, from the embedded binding and from sqld (also one cause deeper)', () => {
    expect(isDatabaseBusy(busy())).toBe(true);
    expect(isDatabaseBusy(new LibsqlError('locked', 'SQLITE_LOCKED'))).toBe(true);
    expect(isDatabaseBusy(new LibsqlError('snapshot', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 517))).toBe(true);
    expect(isDatabaseBusy(new LibsqlError('Transaction timed out', 'TRANSACTION_TIMEOUT'))).toBe(true);
    expect(isDatabaseBusy(new Error('stream closed', { cause: busy() }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isDatabaseBusy(new LibsqlError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT'))).toBe(false);
    expect(isDatabaseBusy(new Error('database is locked'))).toBe(false);
    expect(isDatabaseBusy(undefined)).toBe(false);
  });
});

describe('retryWhileBusy', () => {
  const clock = () => {
    const slept: number[] = [];
    return { slept, sleep: async (ms: number) => void slept.push(ms) };
  };

  it('runs the work again while the database is busy, and returns its result', async () => {
    const { slept, sleep } = clock();
    let calls = 0;
    const result = await retryWhileBusy(async () => {
      calls++;
      if (calls < 4) throw busy();
      return 'stored';
    }, { sleep });
    expect(result).toBe('stored');
    expect(calls).toBe(4);
    expect(slept).toHaveLength(3);
  });

  it('gives up once the bounded wait is spent, with the busy error', async () => {
    const { slept, sleep } = clock();
    const work = async () => {
      throw busy();
    };
    await expect(retryWhileBusy(work, { sleep, maxWaitMs: 500 })).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(slept.reduce((a, b) => a + b, 0)).toBeCloseTo(500, 6);
  });

  it('throws any other error at once', async () => {
    const { slept, sleep } = clock();
    let calls = 0;
    const work = async () => {
      calls++;
      throw new LibsqlError('no such table', 'SQLITE_ERROR');
    };
    await expect(retryWhileBusy(work, { sleep })).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });
});
