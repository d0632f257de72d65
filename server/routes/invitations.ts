import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { findInvitation } from '../db/invitations.ts';
import { invitationTokenHash } from '../submissions/anonymise.ts';
import { waveStatus } from '../../survey-format/wave.ts';
import { readToken, tokenBodyLimit } from './token-body.ts';

/**
 * `POST /api/invitations/check`: whether a link can still be used, so the client can say so before
 * anyone starts answering. The token travels in the body, never in a URL that could end up in a log.
 * It does not use the token up.
 */
export function invitationRoutes(client: Client, now: () => Date) {
  return new Hono().post('/check', tokenBodyLimit(), async (c) => {
    const token = await readToken(c);
    const invitation = await findInvitation(client, invitationTokenHash(token));
    if (!invitation) return c.json({ status: 'unknown' as const });
    const { wave, used } = invitation;
    const state = used ? ('used' as const) : waveStatus(wave, now()) === 'open' ? ('valid' as const) : ('closed' as const);
    return c.json({ status: state, survey: wave.surveyId });
  });
}
