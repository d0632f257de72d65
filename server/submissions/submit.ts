import type { Client } from '@libsql/client';
import { z } from 'zod';
import type { CatalogEntry } from '../catalog/catalog.ts';
import { findOutcome, insertResponseStatements, isDuplicateKey } from '../db/responses.ts';
import { Problem, problems } from '../errors.ts';
import { anonymousResponse, idempotencyKeyHash, submissionBodyHash } from './anonymise.ts';

/** An Idempotency-Key: a UUID or similar random string made once per attempt by the client. */
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

const ZSubmission = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  /** The survey version the client rendered; a mismatch means the client must reload. */
  version: z.string().optional(),
});

export interface SubmissionOutcome {
  status: number;
  body: unknown;
  replayed: boolean;
}

/**
 * Takes one submission from its raw parts to a stored anonymous answer, or throws a Problem and
 * stores nothing. The answer and its key's outcome are written in one transaction, so a retry of an
 * acknowledged submission replays the first result instead of storing the answer twice.
 */
export async function submitResponse(
  client: Client,
  entry: CatalogEntry,
  key: string | undefined,
  rawBody: string,
  now: Date,
): Promise<SubmissionOutcome> {
  if (!key) throw problems.badRequest('Idempotency-Key', 'header is required (a new UUID per submission)');
  if (!KEY.test(key)) throw problems.badRequest('Idempotency-Key', 'must be 16-128 characters of A-Z, a-z, 0-9, - or _');

  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw problems.malformedJson();
  }
  const parsed = ZSubmission.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({
      field: i.path.length > 0 ? i.path.join('.') : (i.code === 'unrecognized_keys' ? i.keys.join(', ') : 'body'),
      message: i.message,
    }));
    throw new Problem(422, 'invalid-body', 'Invalid body', 'The body must be { "answers": { ... } }.', fields);
  }

  const keyHash = idempotencyKeyHash(key);
  const bodyHash = submissionBodyHash(key, parsed.data);
  const earlier = await findOutcome(client, keyHash);
  if (earlier) return replay(earlier, bodyHash);

  const { definition, validator } = entry;
  if (parsed.data.version !== undefined && parsed.data.version !== definition.version) {
    throw problems.surveyVersionChanged(definition.version);
  }
  const result = validator.validate(parsed.data.answers);
  if (!result.ok) throw problems.invalidAnswers(result.errors);

  const response = anonymousResponse(definition.id, definition.version, result.answers, now);
  const outcome = { status: 201, body: { status: 'stored', survey: definition.id, version: definition.version, wave: response.wave } };
  try {
    await client.batch(insertResponseStatements(response, keyHash, bodyHash, outcome), 'write');
  } catch (e) {
    // A concurrent request with the same key won the race: answer as its retry would be answered.
    const winner = isDuplicateKey(e) ? await findOutcome(client, keyHash) : undefined;
    if (winner) return replay(winner, bodyHash);
    throw e;
  }
  return { ...outcome, replayed: false };
}

function replay(earlier: { bodyHash: string; status: number; body: unknown }, bodyHash: string): SubmissionOutcome {
  if (earlier.bodyHash !== bodyHash) throw problems.idempotencyKeyReused();
  return { status: earlier.status, body: earlier.body, replayed: true };
}
