import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import { problemHeaders, problemJson, problems } from './errors.ts';

/** Node's default: larger header blocks are refused with 431 before any route runs. */
export const MAX_HEADER_BYTES = 16 * 1024;

export interface ListenOptions {
  port: number;
  hostname: string;
}

/**
 * Serves `fetch` (the Hono app) over HTTP/1.1. Requests Node's parser refuses (a NUL in a header,
 * both Transfer-Encoding and Content-Length, a bad chunk, headers over MAX_HEADER_BYTES, too slow)
 * and requests without a usable Host never reach the app; they get a problem+json like every other
 * refusal, and the connection closes.
 */
export function listen(fetch: Parameters<typeof getRequestListener>[0], options: ListenOptions, onListening?: (info: AddressInfo) => void): Server {
  // What @hono/node-server's serve() does, plus an errorHandler for requests it cannot turn into a
  // web Request (no Host, a bad Host, a backslash in the path), which it answers with an empty 400.
  const listener = getRequestListener(fetch, { errorHandler: (e) => (e instanceof RequestError ? unreadable(400) : internal(e)) });
  const server = createServer(
    // Node's own check answers a missing Host with an empty 400; the listener refuses it as a problem instead.
    { maxHeaderSize: MAX_HEADER_BYTES, headersTimeout: 20_000, requestTimeout: 60_000, requireHostHeader: false },
    listener,
  );
  server.on('clientError', answerClientError);
  server.listen(options.port, options.hostname, () => onListening?.(server.address() as AddressInfo));
  return server;
}

/** A refusal of a request that never reached the app, as a web Response. */
function unreadable(status: 400 | 408 | 431): Response {
  const problem = problems.unreadableRequest(status);
  return new Response(problemJson(problem), { status, headers: { ...problemHeaders(problem), ...RAW_HEADERS } });
}

/** Not expected: the app answers its own errors (server/app.ts). Logged by name only, as there. */
function internal(e: unknown): Response {
  console.error(`Unexpected error outside the app: ${e instanceof Error ? e.name : typeof e}`);
  const problem = problems.internal();
  return new Response(problemJson(problem), { status: 500, headers: { ...problemHeaders(problem), ...RAW_HEADERS } });
}

/** What the app's middleware would have added (server/security-headers.ts), for answers written without it. */
const RAW_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** Node's `clientError`: write the refusal by hand (no request object exists) and close. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // Gone already, or a response has begun on this connection: nothing sensible can be written (as Node decides).
  if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const problem = problems.unreadableRequest(status);
  const body = problemJson(problem);
  const headers = {
    ...problemHeaders(problem),
    'Content-Length': String(Buffer.byteLength(body)),
    ...RAW_HEADERS,
  };
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
}
