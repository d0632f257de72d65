import type { Client } from '@libsql/client';
import { z } from 'zod';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { assignmentAttributes, mergePrefilled, type Assignment } from '../assignments/assignment.ts';
import { unknownAssignment } from '../assignments/open.ts';
import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { findAssignment } from '../db/assignments.ts';
import { findInvitation, type InvitationLookup } from '../db/invitations.ts';
import { findOutcome } from '../db/responses.ts';
import { wavesOpenOn } from '../db/waves.ts';
import { Problem, problems } from '../errors.ts';
import { parseJson } from '../json-input.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { anonymousResponse, idempotencyKeyHash, invitationTokenHash, submissionBodyHash } from './anonymise.ts';
import type { GroupCommitter } from './group-commit.ts';
import type { OpenLinkLimiter } from './open-link-limit.ts';
import type { WaveValidators } from './validators.ts';

/** An Idempotency-Key: a UUID or similar random string made once per attempt by the client. */
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

const ZSubmission = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  /** The survey version the client rendered; a mismatch means the client must reload. */
  version: z.string().optional(),
  /** The token from the link: an invitation's (used once) or a mystery-guest assignment's (used for each observation). */
  token: z.string().min(1).max(200).optional(),
});

export interface SubmitDeps {
  client: Client;
  committer: GroupCommitter;
  validators: WaveValidators;
  openLinks: OpenLinkLimiter;
}

export interface SubmissionOutcome {
  status: number;
  body: unknown;
  replayed: boolean;
}

/**
 * Takes one submission from its raw parts to a stored anonymous answer, or throws a Problem and
 * stores nothing. An invitation token is consumed, the answer stored and the key's outcome recorded
 * in one transaction, so a retry of an acknowledged submission replays the first result. An
 * assignment token is not consumed: its answers (pair, profile, reference, ...) are merged into the
 * observation before validation, and a paired assignment's order is copied into the attributes.
 */
export async function submitResponse(
  deps: SubmitDeps,
  survey: Pick<TSurveyDefinition, 'id' | 'kind'>,
  key: string | undefined,
  rawBody: string,
  now: Date,
): Promise<SubmissionOutcome> {
  if (!key) throw problems.badRequest('Idempotency-Key', 'header is required (a new UUID per submission)');
  if (!KEY.test(key)) throw problems.badRequest('Idempotency-Key', 'must be 16-128 characters of A-Z, a-z, 0-9, - or _');
  const body = parseBody(rawBody);

  const keyHash = idempotencyKeyHash(key);
  const bodyHash = submissionBodyHash(key, body);
  const tokenHash = body.token === undefined ? undefined : invitationTokenHash(body.token);
  let resolved: Awaited<ReturnType<typeof resolveWave>>;
  try {
    resolved = await resolveWave(deps, survey, tokenHash, now);
  } catch (refusal) {
    // A retry of a submission acknowledged just before the wave closed gets that acknowledgement
    // again, not a refusal that would make the device think its answer was lost.
    const earlier = refusal instanceof Problem ? await findOutcome(deps.client, keyHash) : undefined;
    if (earlier) return replay(earlier, bodyHash);
    throw refusal;
  }
  const { wave, invitation, assignment } = resolved;
  if (invitation?.used) {
    // Most likely a retry of this very submission after its acknowledgement got lost: replay it.
    const earlier = await findOutcome(deps.client, keyHash);
    if (earlier) return replay(earlier, bodyHash);
    throw invitationUsed();
  }
  if (body.version !== undefined && body.version !== wave.surveyVersion) throw problems.surveyVersionChanged(wave.surveyVersion);
  const answers = assignment ? mergePrefilled(assignment, body.answers) : body.answers;
  const result = (await deps.validators.get(wave)).validate(answers);
  if (!result.ok) throw problems.invalidAnswers(result.errors);

  const attributes = invitation?.attributes ?? (assignment ? assignmentAttributes(assignment) : {});
  const response = anonymousResponse(wave, result.answers, attributes);
  const outcome = { status: 201, body: { status: 'stored', survey: wave.surveyId, version: wave.surveyVersion, wave: wave.period } };
  // Only an invitation is used up; an assignment's token serves every observation of its guest.
  const consumed = invitation ? tokenHash : undefined;
  const committed = await deps.committer.submit({ keyHash, bodyHash, tokenHash: consumed, waveId: wave.id, response, outcome });
  if (committed.kind === 'replayed') return replay(committed, bodyHash);
  if (committed.kind === 'invitation-used') throw invitationUsed();
  return { ...outcome, replayed: false };
}

function parseBody(rawBody: string): z.infer<typeof ZSubmission> {
  const parsed = ZSubmission.safeParse(parseJson(rawBody));
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.join('.') : i.code === 'unrecognized_keys' ? i.keys.join(', ') : 'body',
    message: i.message,
  }));
  throw problems.invalidBody('The body must be { "answers": { ... } }, with "token" for an invitation.', fields);
}

/**
 * The wave a submission belongs to: the token's wave (an invitation's, else an assignment's: one
 * hash, looked up in that order), or the survey's open-link wave. A token of another survey is
 * unknown here; an unknown token of an observation survey is reported as an unknown assignment.
 */
async function resolveWave(
  deps: SubmitDeps,
  survey: Pick<TSurveyDefinition, 'id' | 'kind'>,
  tokenHash: string | undefined,
  now: Date,
): Promise<{ wave: Wave; invitation?: InvitationLookup; assignment?: Assignment }> {
  if (tokenHash) {
    const invitation = await findInvitation(deps.client, tokenHash);
    const found = invitation ? undefined : await findAssignment(deps.client, tokenHash);
    const wave = invitation?.wave ?? found?.wave;
    if (!wave || wave.surveyId !== survey.id) throw (found ?? (!invitation && survey.kind === 'observation')) ? unknownAssignment() : unknownInvitation();
    if (waveStatus(wave, now) !== 'open') throw waveClosed(wave);
    return { wave, invitation, assignment: found?.assignment };
  }
  const [wave] = await wavesOpenOn(deps.client, survey.id, amsterdamDate(now));
  if (!wave) throw waveClosed(undefined);
  if (wave.mode === 'invitation') {
    throw new Problem(403, 'invitation-required', 'Invitation required', 'This survey is answered through a personal invitation link.', [
      { field: 'token', message: 'is required' },
    ]);
  }
  if (wave.mode === 'assignment') {
    throw new Problem(403, 'assignment-required', 'Assignment required', 'Observations for this survey are made through an assignment link.', [
      { field: 'token', message: 'is required' },
    ]);
  }
  deps.openLinks.take(wave.id, now);
  return { wave };
}

const unknownInvitation = () =>
  new Problem(403, 'unknown-invitation', 'Unknown invitation', 'This invitation link is not valid for this survey.', [{ field: 'token', message: 'unknown' }]);

const waveClosed = (wave: Wave | undefined) =>
  new Problem(409, 'wave-closed', 'Survey closed', wave ? `Wave ${wave.period} of this survey is closed.` : 'This survey is not open for answers now.', [
    { field: 'wave', message: 'is not open' },
  ]);

const invitationUsed = () =>
  new Problem(409, 'invitation-used', 'Invitation used', 'This invitation link has already been used to answer.', [
    { field: 'token', message: 'already used' },
  ]);

function replay(earlier: { bodyHash: string; status: number; body: unknown }, bodyHash: string): SubmissionOutcome {
  if (earlier.bodyHash !== bodyHash) throw problems.idempotencyKeyReused();
  return { status: earlier.status, body: earlier.body, replayed: true };
}
