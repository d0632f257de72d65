import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { ZExchange } from '../credentials/credential.ts';
import { exchangeInvitation } from '../credentials/exchange.ts';
import type { CredentialKeys } from '../credentials/keys.ts';
import { findInvitation } from '../db/invitations.ts';
import { invitationTokenHash } from '../submissions/anonymise.ts';
import type { GroupCommitter } from '../submissions/group-commit.ts';
import { waveStatus } from '../../survey-format/wave.ts';
import { readToken, readTokenBody, tokenBodyLimit } from './token-body.ts';

/**
 * The invitation link's routes. Tokens travel in bodies, never in a URL that could end up in a log.
 *
 * `POST /api/invitations/check`: whether a link can still be used, so the client can say so before
 * anyone starts answering, and for a usable link the public key to blind a credential with. It does
 * not use the token up.
 *
 * `POST /api/invitations/exchange`: uses the token up for a blind signature (credentials/exchange.ts).
 */
export function invitationRoutes(deps: { client: Client; keys: CredentialKeys; committer: GroupCommitter }, now: () => Date) {
  return new Hono()
    .post('/check', tokenBodyLimit(), async (c) => {
      const token = await readToken(c);
      const invitation = await findInvitation(deps.client, invitationTokenHash(token));
      if (!invitation) return c.json({ status: 'unknown' as const });
      const { wave, used, attributes } = invitation;
      if (used) return c.json({ status: 'used' as const, survey: wave.surveyId });
      if (waveStatus(wave, now()) !== 'open') return c.json({ status: 'closed' as const, survey: wave.surveyId });
      const key = await deps.keys.forGroup(wave.id, attributes);
      return c.json({ status: 'valid' as const, survey: wave.surveyId, key: key.public });
    })
    .post('/exchange', tokenBodyLimit(), async (c) => {
      const body = await readTokenBody(c, ZExchange, '{ "token": "...", "blindedMessage": "..." }');
      return c.json(await exchangeInvitation(deps, body.token, body.blindedMessage, now()));
    });
}
