import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getWave } from '../../server/db/waves.ts';
import { responseCounts } from '../../server/waves/response-counts.ts';
import { closeWave, createInvitations } from '../../server/waves/waves.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { answerInvitation } from '../support/invitation.ts';

const now = new Date('2026-09-15T10:00:00Z');
const answers = { tevredenheid: 4, aanpassing_gevraagd: 'nee' };
const waveId = 'werkplek-2026-H2';

let t: TestApp;
beforeEach(async () => {
  t = await testApp(now, { mode: 'invitation' });
});
afterEach(async () => {
  await t.db.destroy();
});

/** Hands out a batch and lets `answering` of its invitees answer. */
async function batch(size: number, answering: number, attributes: Record<string, string>) {
  const { tokens } = await createInvitations(t.db.client, waveId, size, attributes, now);
  // Varied answers: a group in which everyone gave the same answer is hidden everywhere (rule 7 of disclosure.ts).
  for (const [i, token] of tokens.slice(0, answering).entries()) {
    expect((await answerInvitation(t.app, 'werkplek', token, { answers: { ...answers, tevredenheid: 1 + (i % 5) } })).status).toBe(201);
  }
}
const counts = async () => responseCounts(t.db.client, (await getWave(t.db.client, waveId))!, now);

describe('response counts of a wave', () => {
  it('hide the total below k and show it from k answers, with the response rate', async () => {
    await batch(20, 4, {});
    expect((await counts()).answers).toEqual({ shown: false, reason: 'te weinig antwoorden' });
    expect((await counts()).rate).toBeNull();
    await batch(5, 1, {});
    const c = await counts();
    expect(c.answers).toEqual({ shown: true, n: 5 });
    expect(c.invited).toBe(25);
    expect(c.rate).toBeCloseTo(5 / 25, 12);
  });

  it('give no group figures while the wave is open', async () => {
    await batch(10, 8, { directie: 'sociaal' });
    await batch(10, 9, { directie: 'noord' });
    expect((await counts()).groups).toBeNull();
  });

  it('after closing, show groups from k and hide a small group together with a sibling', async () => {
    await batch(10, 8, { directie: 'sociaal' });
    await batch(10, 9, { directie: 'noord' });
    await batch(10, 2, { directie: 'ruimte_en_duurzaamheid' });
    await batch(10, 7, { directie: 'zuid' });
    await closeWave(t.db.client, waveId);
    const c = await counts();
    const byDirectie = Object.fromEntries(c.groups!.map((g) => [g.attributes.directie, g.answers]));
    expect(c.answers).toEqual({ shown: true, n: 26 });
    // ruimte_en_duurzaamheid (2) is below k; hiding it alone would let 26 - 8 - 9 - 7 reveal it, so zuid (7) goes too.
    expect(byDirectie).toEqual({
      sociaal: { shown: true, n: 8 },
      noord: { shown: true, n: 9 },
      ruimte_en_duurzaamheid: { shown: false, reason: 'te weinig antwoorden' },
      zuid: { shown: false, reason: 'te weinig antwoorden' },
    });
    expect(c.groups!.find((g) => g.attributes.directie === 'noord')!.rate).toBeCloseTo(0.9, 12);
    expect(c.groups!.find((g) => g.attributes.directie === 'zuid')!.rate).toBeNull();
  });
});
