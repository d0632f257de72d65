import { createServer } from 'node:http';
import { createClient, LibsqlError } from '@libsql/client';
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

  it("knows sqld's HTTP 500 for a connection it could not open (SQLITE_BUSY), and its 429, as the client reports them", async () => {
    // What sqld 0.24 answers when opening a stream's connection fails (libsql-server, error.rs: format_err).
    const answers = [
      { status: 500, body: { error: 'Rusqlite error: database is locked' } },
      { status: 429, body: { error: 'Too many concurrent requests' } },
      { status: 400, body: { error: 'Invalid host' } },
    ];
    let next = 0;
    const server = createServer((req, res) => {
      const { status, body } = answers[next++]!;
      req.resume().on('end', () => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const client = createClient({ url: `http://127.0.0.1:${port}` });
    try {
      const errors = [];
      for (let i = 0; i < answers.length; i++) errors.push(await client.execute('SELECT 1').catch((e: unknown) => e));
      expect(errors.map((e) => (e as LibsqlError).code)).toEqual(['SERVER_ERROR', 'SERVER_ERROR', 'SERVER_ERROR']);
      expect(errors.map(isDatabaseBusy)).toEqual([true, true, false]);
    } finally {
      client.close();
      server.close();
    }
  });

  it('knows a WebSocket to sqld that was closed under a request, as the client reports it', async () => {
    // What sqld does when it cannot open a stream's connection over ws://: it drops the socket.
    const server = createServer().on('upgrade', (_req, socket) => socket.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const client = createClient({ url: `ws://127.0.0.1:${port}` });
    try {
      const error = await client.execute('SELECT 1').catch((e: unknown) => e);
      expect((error as LibsqlError).code).toBe('HRANA_WEBSOCKET_ERROR');
      expect(isDatabaseBusy(error)).toBe(true);
    } finally {
      client.close();
      server.close();
    }
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
