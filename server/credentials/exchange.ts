import type { Client } from '@libsql/client';
import { findInvitation } from '../db/invitations.ts';
import { fieldProblem, Problem } from '../errors.ts';
import { blindedMessageHash, invitationTokenHash } from '../submissions/anonymise.ts';
import type { GroupCommitter } from '../submissions/group-commit.ts';
import { waveStatus } from '../../survey-format/wave.ts';
import { blindSign, isSignable } from './blind-sign.ts';
import type { CredentialKeys } from './keys.ts';

/**
 * `POST /api/invitations/exchange`: an invitation token for a blind signature, when the link is
 * opened. The token is used up here, in a transaction that holds only other tokens (the group
 * committer's claims), never an answer; the
 * answer comes later with the unblinded credential, which nobody can tie back to this exchange. A
 * retry with the same blinded message (a lost response) gets the same signature again (RSA signing
 * is deterministic); another blinded message for a used token (another browser) is refused.
 */
export async function exchangeInvitation(
  deps: { client: Client; keys: CredentialKeys; committer: GroupCommitter },
  token: string,
  blindedMessage: string,
  now: Date,
): Promise<{ keyId: string; blindSignature: string }> {
  const tokenHash = invitationTokenHash(token);
  const invitation = await findInvitation(deps.client, tokenHash);
  if (!invitation) throw unknownInvitation();
  if (waveStatus(invitation.wave, now) !== 'open') {
    throw new Problem(409, 'wave-closed', `Wave ${invitation.wave.period} of this survey is closed.`, [
      fieldProblem('wave', 'wave-not-open'),
    ]);
  }
  const key = await deps.keys.forGroup(invitation.wave.id, invitation.attributes);
  const blinded = Buffer.from(blindedMessage, 'base64url');
  // Checked before the token is used up: a message the key cannot sign must not cost the link.
  if (!isSignable(key.modulus, blinded)) {
    throw new Problem(422, 'invalid-body', 'The blinded message must be a number below the key modulus, as long as the key.', [
      fieldProblem('blindedMessage', 'blinded-message', { bytes: key.modulus.length }),
    ]);
  }
  if (!(await deps.committer.claim({ tokenHash, blindedHash: blindedMessageHash(blindedMessage) }))) throw openedElsewhere();
  return { keyId: key.public.id, blindSignature: blindSign(key, blinded).toString('base64url') };
}

/** 403 for a token that is no invitation; says nothing more. */
export const unknownInvitation = () =>
  new Problem(403, 'unknown-invitation', 'This invitation link is not valid for this survey.', [fieldProblem('token', 'token-unknown')]);

const openedElsewhere = () =>
  new Problem(409, 'invitation-used', 'This invitation link was already opened in another browser or used to answer.', [
    fieldProblem('token', 'token-used'),
  ]);
