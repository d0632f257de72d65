import type { Client } from '@libsql/client';
import { z } from 'zod';
import { assignmentAttributes, mergePrefilled, type Assignment } from '../assignments/assignment.ts';
import { unknownAssignment } from '../assignments/open.ts';
import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { ZCredential, type Credential } from '../credentials/credential.ts';
import { unknownInvitation } from '../credentials/exchange.ts';
import type { CredentialKeys } from '../credentials/keys.ts';
import { findAssignment } from '../db/assignments.ts';
import { findOutcome } from '../db/responses.ts';
import type { WaveCache } from '../db/wave-cache.ts';
import { fieldProblem, Problem, problems } from '../errors.ts';
import { zodIssueProblem } from '../zod-problems.ts';
import { parseJson } from '../json-input.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { anonymousResponse, idempotencyKeyHash, invitationTokenHash, spentCredentialHash, submissionBodyHash } from './anonymise.ts';
import type { GroupCommitter } from './group-commit.ts';
import type { OpenLinkLimiter } from './open-link-limit.ts';
import type { WaveValidators } from './validators.ts';

/** An Idempotency-Key: a UUID or similar random string made once per attempt by the client. */
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

const ZSubmission = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  /** The survey version the client rendered; a mismatch means the client must reload. */
  version: z.string().optional(),
  /** A mystery-guest assignment's token (used for each observation). */
  token: z.string().min(1).max(200).optional(),
  /** An invitation's credential (spent once), from exchanging the link's token when it was opened. */
  credential: ZCredential.optional(),
});

export interface SubmitDeps {
  client: Client;
  /** The waves, read from memory on the hot path (db/wave-cache.ts). */
  waves: WaveCache;
  committer: GroupCommitter;
  validators: WaveValidators;
  openLinks: OpenLinkLimiter;
  keys: CredentialKeys;
}

export interface SubmissionOutcome {
  status: number;
  body: unknown;
  replayed: boolean;
}

/**
 * Takes one submission from its raw parts to a stored anonymous answer, or throws a Problem and
 * stores nothing. An invitation's credential is spent, the answer stored and the key's outcome
 * recorded in one transaction, so a retry of an acknowledged submission replays the first result;
 * the invitation token itself was used up earlier, in a transaction of its own (the exchange). An
 * assignment token is not consumed: its answers (pair, profile, reference, ...) are merged into the
 * observation before validation, and a paired assignment's order is copied into the attributes.
 * A survey answered through an open link takes from its rate limit before the body is read.
 */
export async function submitResponse(
  deps: SubmitDeps,
  survey: Pick<TSurveyDefinition, 'id' | 'kind'>,
  key: string | undefined,
  readBody: () => Promise<string>,
  now: Date,
): Promise<SubmissionOutcome> {
  if (!key) throw problems.badRequest('Idempotency-Key', 'required');
  if (!KEY.test(key)) throw problems.badRequest('Idempotency-Key', 'idempotency-key');
  // Before any parsing or hashing: a refusal for being too busy must cost next to nothing.
  const [current] = await deps.waves.openOn(survey.id, now);
  if (current?.mode === 'open') deps.openLinks.take(survey.id, now);
  const body = parseBody(await readBody());

  const keyHash = idempotencyKeyHash(key);
  const bodyHash = submissionBodyHash(key, body);
  let resolved: Awaited<ReturnType<typeof resolveWave>>;
  try {
    resolved = await resolveWave(deps, survey, body, now);
  } catch (refusal) {
    // A retry of a submission acknowledged just before the wave closed gets that acknowledgement
    // again, not a refusal that would make the device think its answer was lost.
    const earlier = refusal instanceof Problem ? await findOutcome(deps.client, keyHash) : undefined;
    if (earlier) return replay(earlier, bodyHash);
    throw refusal;
  }
  const { wave, invitation, assignment } = resolved;
  if (body.version !== undefined && body.version !== wave.surveyVersion) throw problems.surveyVersionChanged(wave.surveyVersion);
  const answers = assignment ? mergePrefilled(assignment, body.answers) : body.answers;
  const result = (await deps.validators.get(wave)).validate(answers);
  if (!result.ok) throw problems.invalidAnswers(result.errors.map((e) => fieldProblem(e.field, 'invalid-answer', { detail: e.message })));

  const attributes = invitation?.attributes ?? (assignment ? assignmentAttributes(assignment) : {});
  const response = anonymousResponse(wave, result.answers, attributes);
  const outcome = { status: 201, body: { status: 'stored', survey: wave.surveyId, version: wave.surveyVersion, wave: wave.period } };
  // Only an invitation's credential is spent; an assignment's token serves every observation of its guest.
  const credentialHash = invitation ? spentCredentialHash(invitation.credential.keyId, invitation.credential.message) : undefined;
  const committed = await deps.committer.submit({ keyHash, bodyHash, credentialHash, waveId: wave.id, response, outcome });
  if (committed.kind === 'replayed') return replay(committed, bodyHash);
  if (committed.kind === 'credential-spent') throw credentialSpent();
  if (committed.kind === 'wave-closed') throw waveClosed(wave);
  return { ...outcome, replayed: false };
}

function parseBody(rawBody: string): z.infer<typeof ZSubmission> {
  const parsed = ZSubmission.safeParse(parseJson(rawBody));
  if (parsed.success && parsed.data.token !== undefined && parsed.data.credential !== undefined) {
    throw new Problem(422, 'invalid-body', 'A submission carries an assignment token or an invitation credential, not both.', [
      fieldProblem('token', 'token-with-credential'),
    ]);
  }
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) =>
    zodIssueProblem(i.path.length > 0 ? i.path.join('.') : i.code === 'unrecognized_keys' ? i.keys.join(', ') : 'body', i),
  );
  throw problems.invalidBody(fields, 'The body must be { "answers": { ... } }, with "credential" for an invitation.');
}

/**
 * The wave a submission belongs to: an invitation credential's (the wave of the key that signed
 * it), an assignment token's, or the survey's open-link wave. A credential or token of another
 * survey is refused like an unknown one.
 */
async function resolveWave(
  deps: SubmitDeps,
  survey: Pick<TSurveyDefinition, 'id' | 'kind'>,
  body: { token?: string; credential?: Credential },
  now: Date,
): Promise<{ wave: Wave; invitation?: { credential: Credential; attributes: Record<string, string> }; assignment?: Assignment }> {
  if (body.credential) {
    const signed = await deps.keys.check(body.credential);
    if (!signed || signed.wave.surveyId !== survey.id) throw invalidCredential();
    if (waveStatus(signed.wave, now) !== 'open') throw waveClosed(signed.wave);
    return { wave: signed.wave, invitation: { credential: body.credential, attributes: signed.attributes } };
  }
  if (body.token) {
    const found = await findAssignment(deps.client, invitationTokenHash(body.token));
    if (!found || found.wave.surveyId !== survey.id) throw (found || survey.kind === 'observation') ? unknownAssignment() : unknownInvitation();
    if (waveStatus(found.wave, now) !== 'open') throw waveClosed(found.wave);
    return { wave: found.wave, assignment: found.assignment };
  }
  const [wave] = await deps.waves.openOn(survey.id, now);
  if (!wave) throw waveClosed(undefined);
  if (wave.mode === 'invitation') {
    throw new Problem(403, 'invitation-required', 'This survey is answered through a personal invitation link.', [
      fieldProblem('credential', 'required'),
    ]);
  }
  if (wave.mode === 'assignment') {
    throw new Problem(403, 'assignment-required', 'Observations for this survey are made through an assignment link.', [
      fieldProblem('token', 'required'),
    ]);
  }
  return { wave };
}

const invalidCredential = () =>
  new Problem(403, 'invalid-credential', 'This credential was not issued for this survey, or its signature does not hold.', [
    fieldProblem('credential', 'credential-invalid'),
  ]);

const waveClosed = (wave: Wave | undefined) =>
  new Problem(409, 'wave-closed', wave ? `Wave ${wave.period} of this survey is closed.` : 'This survey is not open for answers now.', [
    fieldProblem('wave', 'wave-not-open'),
  ]);

const credentialSpent = () =>
  new Problem(409, 'invitation-used', 'This invitation has already been used to answer.', [
    fieldProblem('credential', 'credential-spent'),
  ]);

function replay(earlier: { bodyHash: string; status: number; body: unknown }, bodyHash: string): SubmissionOutcome {
  if (earlier.bodyHash !== bodyHash) throw problems.idempotencyKeyReused();
  return { status: earlier.status, body: earlier.body, replayed: true };
}
