import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { WorkerWriter } from '../../server/db/worker-writer.ts';
import { listen } from '../../server/http-server.ts';
import { MAX_BODY_BYTES } from '../../server/routes/responses.ts';
import { idempotencyKeyHash } from '../../server/submissions/anonymise.ts';
import { closeWave } from '../../server/waves/waves.ts';
import { postResponse, testApp, type TestApp } from '../support/app.ts';
import { testDatabaseKind } from '../support/database.ts';

/**
 * The respondents' write path of decision 017: waves read from memory but a closed wave refused at
 * the commit, the open-link limit taken before the body is read, the body limit judged from
 * Content-Length on the real server (and a chunked body counted), and a crash of the embedded
 * file's writer thread leaving nothing acknowledged-but-lost.
 */
let t: TestApp;
afterEach(async () => {
  await t?.db.destroy();
});

const answer = (rating: number) => ({ answers: { tevredenheid: rating, aanpassing_gevraagd: 'nee' } });

describe('the waves read from memory', () => {
  it('refuse an answer at once when the wave was closed elsewhere (another instance, the command line)', async () => {
    t = await testApp();
    expect((await postResponse(t.app, 'werkplek', answer(4))).status).toBe(201); // the instance now holds the wave as open
    await closeWave(t.db.client, 'werkplek-2026-H2'); // as another instance would: not through this one
    const refused = await postResponse(t.app, 'werkplek', answer(2));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { type: string }).type).toBe('urn:peil:problem:wave-closed');
    expect(await t.rows('responses')).toHaveLength(1);
    expect(await t.rows('idempotency_keys')).toHaveLength(0); // the close deleted the first one's; the refused wrote none
  });
});

describe('the open-link limit', () => {
  it('refuses with 429 before the body is read: a malformed body to a limited survey gets 429, not 400', async () => {
    t = await testApp(); // a fixed clock: the bucket (a burst of 200) does not refill
    const statuses: number[] = [];
    for (let i = 0; i < 201; i++) statuses.push((await postResponse(t.app, 'werkplek', '{"answers": ')).status);
    expect(statuses.slice(0, 200).every((s) => s === 400)).toBe(true);
    expect(statuses[200]).toBe(429);
    expect((await postResponse(t.app, 'werkplek', answer(3))).status).toBe(429);
    expect(await t.rows('responses')).toHaveLength(0);
  });
});

/** Writes `head` (and then `body`, if given) on one connection to the real server; the first answer's status and whether `body` was needed. */
function rawPost(port: number, head: string, body: string[] = []): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += d.toString('latin1');
      if (/\r\n\r\n/.test(text)) {
        socket.destroy();
        resolve({ status: Number(text.split(' ')[1]), text });
      }
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      socket.write(head);
      for (const chunk of body) socket.write(chunk);
    });
  });
}

describe('the body limit on the real server', () => {
  async function serve(): Promise<{ port: number; close(): Promise<void> }> {
    t = await testApp(new Date());
    const server = await new Promise<ReturnType<typeof listen>>((resolve) => {
      const s = listen(t.app.fetch, { port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
  }
  const head = (headers: string) =>
    `POST /api/surveys/werkplek/responses HTTP/1.1\r\nHost: peil\r\nContent-Type: application/json\r\nIdempotency-Key: 0123456789abcdef0123\r\n${headers}\r\n`;

  it('refuses a Content-Length over the limit with 413 before a byte of the body is sent', async () => {
    const s = await serve();
    try {
      const res = await rawPost(s.port, head(`Content-Length: ${MAX_BODY_BYTES + 1}\r\n`)); // no body follows
      expect(res.status).toBe(413);
      expect(res.text).toMatch(/application\/problem\+json/);
    } finally {
      await s.close();
    }
  });

  it('refuses a chunked body with 413 once it passes the limit', async () => {
    const s = await serve();
    try {
      const chunk = 'x'.repeat(64 * 1024);
      const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`); // 320 KiB, never ended
      const res = await rawPost(s.port, head('Transfer-Encoding: chunked\r\n'), chunks);
      expect(res.status).toBe(413);
      expect(await t.rows('responses')).toHaveLength(0);
    } finally {
      await s.close();
    }
  });
});

// The writer thread is the embedded file's (decision 017); a libSQL server commits on its own.
describe.skipIf(testDatabaseKind === 'sqld')('a crash of the writer thread', () => {
  it('loses no acknowledged answer and stores each exactly once when the clients retry', async () => {
    // At least this many answers and this many crashes: the browsers go on with new answers until both are reached.
    const MIN_ANSWERS = 240;
    const MIN_CRASHES = 3;
    t = await testApp();
    // A clock that moves on 100 ms per reading, so the open link's limit (20 a second) never refuses.
    let ticks = 0;
    const app = createApp({ db: t.db, staff: t.db.staff, catalog: t.catalog, now: () => new Date(Date.parse('2026-09-15T10:00:00Z') + 100 * ticks++) });
    const writer = t.db.writer as WorkerWriter;
    const keys: string[] = [];
    const acknowledged = new Set<string>();
    let crashes = 0;
    let done = false;
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const finished = (async () => {
      while (!done) await pause(5);
    })();
    // Makes the thread end itself at a random point of a transaction (writer-thread.ts), each time
    // once it has acknowledged a few more answers, until every browser is done.
    const crasher = (async () => {
      while (!done) {
        const seen = acknowledged.size;
        while (acknowledged.size < seen + 10 && !done) await pause(5);
        await pause(40 * Math.random());
        await Promise.race([writer.crash().then(() => crashes++), finished]);
      }
    })();
    // 16 browsers, each retrying its answer with the same key until it is acknowledged, then taking the next.
    const browser = async () => {
      while (keys.length < MIN_ANSWERS || crashes < MIN_CRASHES) {
        expect(keys.length).toBeLessThan(5000);
        const n = keys.length;
        const key = crypto.randomUUID();
        keys.push(key);
        for (let attempt = 0; ; attempt++) {
          const res = await postResponse(app, 'werkplek', answer(1 + (n % 5)), key);
          expect([201, 503]).toContain(res.status);
          if (res.status === 201) {
            acknowledged.add(key);
            break;
          }
          expect(attempt).toBeLessThan(50);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, browser));
    done = true;
    await crasher;
    expect(crashes).toBeGreaterThanOrEqual(MIN_CRASHES);
    expect(acknowledged.size).toBe(keys.length);
    const recorded = new Set((await t.rows('idempotency_keys')).map((r) => String(r.key_hash)));
    for (const key of keys) expect(recorded.has(idempotencyKeyHash(key))).toBe(true);
    expect(recorded.size).toBe(keys.length);
    expect(await t.rows('responses')).toHaveLength(keys.length);
  });
});
