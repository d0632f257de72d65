import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FIELD_MESSAGES, PROBLEM_TYPES, type FieldCode, type FieldParams, type ProblemType } from './problem-catalog.ts';

/** One field at fault in a refused request: a question name, a header or a body property, with its message's code. */
export interface FieldProblem {
  field: string;
  /** Stable: the workspace words the message by it, in Dutch or English. */
  code: FieldCode;
  params?: FieldParams;
  /** The message in English, for developers and logs of the caller. */
  message: string;
}

/** A field problem with its code; the English message comes from the catalogue (server/problem-catalog.ts). */
export function fieldProblem(field: string, code: FieldCode, params?: FieldParams): FieldProblem {
  return { field, code, ...(params ? { params } : {}), message: FIELD_MESSAGES[code](params ?? {}) };
}

/**
 * The one way a request is refused. Domain code throws it; `problemResponse` turns it into
 * an RFC 9457 `application/problem+json` body, its title from the catalogue. Handlers hold no try/catch.
 */
export class Problem extends Error {
  readonly status: ContentfulStatusCode;
  readonly type: string;
  readonly title: string;
  readonly fields: FieldProblem[] | undefined;

  constructor(status: ContentfulStatusCode, slug: ProblemType, detail: string, fields?: FieldProblem[]) {
    super(detail);
    this.status = status;
    this.type = `urn:peil:problem:${slug}`;
    this.title = PROBLEM_TYPES[slug];
    this.fields = fields;
  }
}

export const problems = {
  notFound: (what: string) => new Problem(404, 'not-found', `${what} does not exist.`),
  malformedJson: () => new Problem(400, 'malformed-json', 'The request body is not valid JSON.', [fieldProblem('(body)', 'not-json')]),
  badRequest: (field: string, code: FieldCode, params?: FieldParams) => {
    const f = fieldProblem(field, code, params);
    return new Problem(400, 'bad-request', `${field}: ${f.message}`, [f]);
  },
  invalidAnswers: (fields: FieldProblem[]) => new Problem(422, 'invalid-answers', `${fields.length} answer(s) do not fit the survey.`, fields),
  idempotencyKeyReused: () =>
    new Problem(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different submission.', [fieldProblem('Idempotency-Key', 'idempotency-key-reused')]),
  surveyVersionChanged: (current: string) =>
    new Problem(409, 'survey-version-changed', `The survey is now at version ${current}; reload it.`, [fieldProblem('version', 'survey-version', { current })]),
  tooLarge: (limit: number) => new Problem(413, 'body-too-large', `The request body is larger than ${limit} bytes.`, [fieldProblem('(body)', 'body-too-large', { limit })]),
  /** A body whose fields do not fit; the detail lists them in English. */
  invalidBody: (fields: FieldProblem[], detail = fields.map((f) => `${f.field}: ${f.message}`).join('; ')) => new Problem(422, 'invalid-body', detail, fields),
  unsupportedMediaType: () => new Problem(415, 'unsupported-media-type', 'The body must be application/json.', [fieldProblem('Content-Type', 'json-only')]),
  /** The database stayed locked by another writer for longer than a request should wait; a retry with the same key is safe. */
  databaseBusy: () => new Problem(503, 'database-busy', 'The database is busy; nothing was stored. Try again with the same Idempotency-Key.'),
  internal: () => new Problem(500, 'internal', 'Something went wrong on our side; nothing was stored.'),
  /** The client closed the connection before its request was read; nobody receives this answer. */
  requestAborted: () => new Problem(400, 'request-aborted', 'The connection closed before the request was read.'),
  /** The request could not be read as HTTP at all (answered before any route runs: see server/http-server.ts). */
  unreadableRequest: (status: 400 | 408 | 431) =>
    status === 431
      ? new Problem(431, 'headers-too-large', 'The request headers are too large.', [fieldProblem('(headers)', 'headers-too-large')])
      : status === 408
        ? new Problem(408, 'request-timeout', 'The request was not received in time.')
        : new Problem(400, 'malformed-request', 'The request is not valid HTTP/1.1.'),
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
