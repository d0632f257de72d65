import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { z } from 'zod';
import { findInvitation } from '../db/invitations.ts';
import { Problem } from '../errors.ts';
import { invitationTokenHash } from '../submissions/anonymise.ts';
import { waveStatus } from '../waves/wave.ts';

const ZCheck = z.strictObject({ token: z.string().min(1).max(200) });

/**
 * `POST /api/invitations/check`: whether a link can still be used, so the client can say so before
 * anyone starts answering. The token travels in the body, never in a URL that could end up in a log.
 * It does not use the token up.
 */
export function invitationRoutes(client: Client, now: () => Date) {
  return new Hono().post('/check', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new Problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON.');
    }
    const parsed = ZCheck.safeParse(body);
    if (!parsed.success) {
      throw new Problem(422, 'invalid-body', 'Invalid body', 'The body must be { "token": "..." }.', [{ field: 'token', message: 'is required' }]);
    }
    const invitation = await findInvitation(client, invitationTokenHash(parsed.data.token));
    if (!invitation) return c.json({ status: 'unknown' as const });
    const { wave, used } = invitation;
    const state = used ? ('used' as const) : waveStatus(wave, now()) === 'open' ? ('valid' as const) : ('closed' as const);
    return c.json({ status: state, survey: wave.surveyId });
  });
}
