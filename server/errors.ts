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
};

/** Writes a Problem as application/problem+json. */
export function problemResponse(c: Context, p: Problem): Response {
  const body: Record<string, unknown> = { type: p.type, title: p.title, status: p.status, detail: p.message };
  if (p.fields) body.fields = p.fields;
  return c.body(JSON.stringify(body), p.status, { 'Content-Type': 'application/problem+json' });
}
