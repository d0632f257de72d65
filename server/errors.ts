import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field at fault in a refused request: a question name, a header or a body property. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one way a request is refused. Domain code throws it; `problemResponse` turns it into
 * an RFC 9457 `application/problem+json` body. Handlers hold no try/catch.
 */
export class Problem extends Error {
  readonly status: ContentfulStatusCode;
  readonly type: string;
  readonly title: string;
  readonly fields: FieldProblem[] | undefined;

  constructor(status: ContentfulStatusCode, slug: string, title: string, detail: string, fields?: FieldProblem[]) {
    super(detail);
    this.status = status;
    this.type = `urn:peil:problem:${slug}`;
    this.title = title;
    this.fields = fields;
  }
}

export const problems = {
  notFound: (what: string) => new Problem(404, 'not-found', 'Not found', `${what} does not exist.`),
  malformedJson: () =>
    new Problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON.', [{ field: '(body)', message: 'is not valid JSON' }]),
  badRequest: (field: string, message: string) =>
    new Problem(400, 'bad-request', 'Bad request', `${field}: ${message}`, [{ field, message }]),
  invalidAnswers: (fields: FieldProblem[]) =>
    new Problem(422, 'invalid-answers', 'Invalid answers', `${fields.length} answer(s) do not fit the survey.`, fields),
  idempotencyKeyReused: () =>
    new Problem(
      422,
      'idempotency-key-reused',
      'Idempotency key reused',
      'This Idempotency-Key was already used for a different submission.',
      [{ field: 'Idempotency-Key', message: 'already used with another body' }],
    ),
  surveyVersionChanged: (current: string) =>
    new Problem(409, 'survey-version-changed', 'Survey changed', `The survey is now at version ${current}; reload it.`, [
      { field: 'version', message: `must be ${current}` },
    ]),
  tooLarge: (limit: number) =>
    new Problem(413, 'body-too-large', 'Body too large', `The request body is larger than ${limit} bytes.`, [
      { field: '(body)', message: `must be at most ${limit} bytes` },
    ]),
  invalidBody: (detail: string, fields: FieldProblem[]) => new Problem(422, 'invalid-body', 'Invalid body', detail, fields),
  unsupportedMediaType: () =>
    new Problem(415, 'unsupported-media-type', 'JSON only', 'The body must be application/json.', [
      { field: 'Content-Type', message: 'must be application/json' },
    ]),
  /** The database stayed locked by another writer for longer than a request should wait; a retry with the same key is safe. */
  databaseBusy: () =>
    new Problem(503, 'database-busy', 'Busy', 'The database is busy; nothing was stored. Try again with the same Idempotency-Key.'),
  internal: () => new Problem(500, 'internal', 'Internal error', 'Something went wrong on our side; nothing was stored.'),
  /** The client closed the connection before its request was read; nobody receives this answer. */
  requestAborted: () => new Problem(400, 'request-aborted', 'Request aborted', 'The connection closed before the request was read.'),
  /** The request could not be read as HTTP at all (answered before any route runs: see server/http-server.ts). */
  unreadableRequest: (status: 400 | 408 | 431) =>
    status === 431
      ? new Problem(431, 'headers-too-large', 'Headers too large', 'The request headers are too large.', [{ field: '(headers)', message: 'too large' }])
      : status === 408
        ? new Problem(408, 'request-timeout', 'Request timeout', 'The request was not received in time.')
        : new Problem(400, 'malformed-request', 'Malformed request', 'The request is not valid HTTP/1.1.'),
};

/** Seconds a client should wait before retrying a 503 (the database's bounded wait has passed by then). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * After these the connection is closed: the body of a 413 is left unread, and a request with
 * broken headers cannot be followed by another on the same connection.
 */
const CLOSES_CONNECTION = new Set(['body-too-large', 'headers-too-large', 'malformed-request', 'request-timeout', 'request-aborted'].map((slug) => `urn:peil:problem:${slug}`));

/** The headers a Problem is sent with, beside its body: the media type, and when it closes the connection or asks for a later retry. */
export function problemHeaders(p: Problem): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (CLOSES_CONNECTION.has(p.type)) headers.Connection = 'close';
  if (p.status === 503) headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
  return headers;
}

/** The RFC 9457 body of a Problem. */
export function problemJson(p: Problem): string {
  const body: Record<string, unknown> = { type: p.type, title: p.title, status: p.status, detail: p.message };
  if (p.fields) body.fields = p.fields;
  return JSON.stringify(body);
}

/** Writes a Problem as application/problem+json. */
export function problemResponse(c: Context, p: Problem): Response {
  return c.body(problemJson(p), p.status, problemHeaders(p));
}
