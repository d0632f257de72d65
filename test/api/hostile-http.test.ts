import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen } from '../../server/http-server.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { testDatabaseKind } from '../support/database.ts';
import { FUZZ_SEED, fuzzRuns } from '../support/hostile.ts';

/**
 * What Node's HTTP parser refuses never reaches the app: these tests speak raw bytes to the real
 * server (server/http-server.ts) and check that even those refusals are problem+json and close the
 * connection, that a 413 says it closes, and that a client that hangs up is not logged as a fault.
 */
let t: TestApp;
let server: ReturnType<typeof listen>;
let port: number;

beforeAll(async () => {
  t = await testApp(new Date());
  server = await new Promise((resolve) => {
    const s = listen(t.app.fetch, { port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await t?.db.destroy();
});

interface Exchange {
  /** Everything the server sent. */
  text: string;
  /** Whether the server closed the connection (within `waitMs`). */
  closed: boolean;
}

/** Writes `chunks` one after another on one connection and collects the answer. */
function exchange(chunks: (string | Buffer)[], { waitMs = 1000, end = false } = {}): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed });
    };
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
      if (end) socket.end();
    });
  });
}

/** Status, headers (lower-case) and body of each response in `text`. */
function responses(text: string): { status: number; headers: Record<string, string>; body: string }[] {
  const out = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const [statusLine, ...lines] = rest.slice(0, headEnd).split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    out.push({ status: Number(statusLine!.split(' ')[1]), headers, body: rest.slice(headEnd + 4, headEnd + 4 + length) });
    rest = rest.slice(headEnd + 4 + length);
  }
  return out;
}

const KEY = 'Idempotency-Key: 0123456789abcdef0123\r\n';
const post = (headers: string, body = '') => `POST /api/surveys/werkplek/responses HTTP/1.1\r\nHost: peil\r\n${headers}\r\n${body}`;

describe.skipIf(testDatabaseKind === 'sqld')('requests Node cannot parse', () => {
  it.each([
    ['a NUL in a header', 'GET /api/health HTTP/1.1\r\nHost: peil\r\nX-A: a\0b\r\n\r\n', 400],
    ['both Transfer-Encoding and Content-Length', post(`Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n${KEY}`, '0\r\n\r\n'), 400],
    ['a 20 KB header', `GET /api/health HTTP/1.1\r\nHost: peil\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['3,000 headers', `GET /api/health HTTP/1.1\r\nHost: peil\r\n${Array.from({ length: 3000 }, (_, i) => `X-${i}: 1\r\n`).join('')}\r\n`, 431],
    ['a bad chunk', post(`Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n${KEY}`, 'zz\r\n{}\r\n0\r\n\r\n'), 400],
    ['no HTTP at all', 'hello\r\n\r\n', 400],
    ['HTTP/1.1 without Host', 'GET /api/health HTTP/1.1\r\n\r\n', 400],
    ['a backslash in the path', 'GET /api\\health HTTP/1.1\r\nHost: peil\r\n\r\n', 400],
  ])('%s: a problem+json with Connection: close, and the connection closes', async (_, request, status) => {
    const { text, closed } = await exchange([request]);
    const [res] = responses(text);
    expect(res?.status).toBe(status);
    expect(res?.headers['content-type']).toBe('application/problem+json');
    expect(res?.headers.connection).toBe('close');
    expect(JSON.parse(res!.body)).toMatchObject({ status, type: expect.stringMatching(/^urn:peil:problem:/) });
    expect(closed).toBe(true);
  });

  it('a 413 says Connection: close and closes, so a client does not send its next request into a dead connection', async () => {
    const big = '{"answers":{"toelichting":"' + 'x'.repeat(300_000) + '"}}';
    const { text, closed } = await exchange([post(`Content-Type: application/json\r\n${KEY}Content-Length: ${big.length}\r\n`, big)]);
    const [res] = responses(text);
    expect(res?.status).toBe(413);
    expect(res?.headers.connection).toBe('close');
    expect(res?.headers['content-type']).toBe('application/problem+json');
    expect(closed).toBe(true);
  });

  it('refuses a text/plain body on a JSON route with 415', async () => {
    const body = '{"answers":{}}';
    const { text } = await exchange([post(`Content-Type: text/plain\r\n${KEY}Content-Length: ${body.length}\r\n`, body)], { waitMs: 300 });
    expect(responses(text)[0]).toMatchObject({ status: 415, headers: { 'content-type': 'application/problem+json' } });
  });

  it('does not log a client that hangs up halfway through its body as an error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await exchange([post(`Content-Type: application/json\r\n${KEY}Content-Length: 1000\r\n`, '{"answers":')], { waitMs: 100 });
      await new Promise((r) => setTimeout(r, 300));
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('answers any mangled request with no 5xx, and only problem+json refusals, and stays healthy', async () => {
    const valid = post(`Content-Type: application/json\r\n${KEY}Content-Length: 14\r\n`, '{"answers":{}}');
    const mangle = fc.oneof(
      // A byte replaced, inserted or cut anywhere in a valid request.
      fc.tuple(fc.nat(valid.length), fc.integer({ min: 0, max: 255 }), fc.constantFrom('replace', 'insert', 'cut')).map(([at, byte, how]) => {
        const b = String.fromCharCode(byte);
        return how === 'replace' ? valid.slice(0, at) + b + valid.slice(at + 1) : how === 'insert' ? valid.slice(0, at) + b + valid.slice(at) : valid.slice(0, at);
      }),
      // Header lines a hostile client adds.
      fc
        .array(
          fc.constantFrom(
            'Transfer-Encoding: chunked',
            'Transfer-Encoding: gzip, chunked',
            'Content-Length: 99999999999999999999',
            'Content-Length: -1',
            'Content-Length: 1, 2',
            'Content-Encoding: gzip',
            'Expect: 100-continue',
            'Host: a\tb',
            'X: \u0080\u00ff',
            ' folded',
            'Connection: upgrade',
            'Upgrade: websocket',
            'Content-Type: application/json; charset=utf-16',
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((lines) => valid.replace('Host: peil\r\n', `Host: peil\r\n${lines.join('\r\n')}\r\n`)),
    );
    await fc.assert(
      fc.asyncProperty(mangle, async (request) => {
        const { text } = await exchange([Buffer.from(request, 'latin1')], { waitMs: 400, end: true });
        for (const res of responses(text)) {
          expect(res.status, JSON.stringify(request)).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers['content-type'], JSON.stringify(request)).toBe('application/problem+json');
        }
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(300) },
    );
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });
});
