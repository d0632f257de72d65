import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { DATA_KEY } from '../../survey-format/catalog/definition.ts';
import { attributeCodeProblem } from '../../survey-format/organisation/organisation.ts';
import { insertBatch } from '../db/invitations.ts';
import { closeWave as closeWaveRow, getWave, insertWave, overlappingWaves } from '../db/waves.ts';
import { fieldProblem, Problem, problems } from '../errors.ts';
import { invitationTokenHash, newInvitationToken } from '../submissions/anonymise.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { zodProblems } from '../zod-problems.ts';
import { invalidWave, resolveWaveOptions, ZWaveOptions, type WaveOptions } from './wave.ts';

/**
 * Creates a wave for the survey's current version. Refuses a survey that does not exist, a wave
 * whose dates overlap another wave of the same survey (so that a link or an open form always
 * belongs to exactly one wave), and the assignment mode for anything but an observation survey.
 * Observation surveys may also use an open link (a pilot) or invitations (as the seed does). A
 * register (survey-format/register/) has no waves at all: its records are entered per procedure.
 */
export async function createWave(client: Client, catalog: Catalog, surveyId: string, options: WaveOptions, now: Date): Promise<Wave> {
  const entry = catalog.get(surveyId);
  if (!entry) throw problems.notFound(`Survey "${surveyId}"`);
  const parsed = ZWaveOptions.safeParse(options);
  if (!parsed.success) throw invalidWave(zodProblems(parsed.error));
  const o = resolveWaveOptions(options, now);
  if (entry.definition.kind === 'register') {
    throw new Problem(422, 'invalid-wave', `"${surveyId}" is a register of procedures: its records are entered or imported, not answered in a wave.`, [
      fieldProblem('surveyId', 'register-no-waves'),
    ]);
  }
  if (o.mode === 'assignment' && entry.definition.kind !== 'observation') {
    throw new Problem(422, 'invalid-wave', `Only an observation survey takes mystery-guest assignments; "${surveyId}" is a ${entry.definition.kind}.`, [
      fieldProblem('mode', 'assignment-observation-only'),
    ]);
  }
  const clash = await overlappingWaves(client, surveyId, o.opensOn, o.closesOn);
  if (clash.length > 0) {
    throw new Problem(409, 'wave-overlaps', `Wave ${clash[0]!.id} of this survey runs in the same dates; close it first.`, [
      fieldProblem('opensOn', 'overlaps-wave', { wave: clash[0]!.id }),
    ]);
  }
  const wave: Wave = {
    id: `${surveyId}-${o.period}`,
    surveyId,
    surveyVersion: entry.definition.version,
    period: o.period,
    opensOn: o.opensOn,
    closesOn: o.closesOn,
    mode: o.mode,
    kMin: o.kMin,
    kSpecial: o.kSpecial,
    retentionDays: o.retentionDays,
    closed: false,
    purgedOn: null,
  };
  if (await getWave(client, wave.id)) {
    throw new Problem(409, 'wave-exists', `Wave ${wave.id} already exists.`, [fieldProblem('period', 'period-taken')]);
  }
  await insertWave(client, wave, entry.definition);
  return wave;
}

export async function closeWave(client: Client, waveId: string): Promise<Wave> {
  const wave = await getWave(client, waveId);
  if (!wave) throw problems.notFound(`Wave "${waveId}"`);
  await closeWaveRow(client, waveId);
  return { ...wave, closed: true };
}

/** Attribute names are data keys; values are short labels, or codes of the organisation list for `directie` and `schaalgroep` (`directie=noord`). */
const ATTRIBUTE_VALUE = /^[\p{L}\p{N} _+&()./-]{1,40}$/u;

/**
 * Creates `count` single-use links for a wave. Tokens are returned once and only their hashes are
 * kept. A batch that carries group attributes must hold at least k invitees, or the attributes
 * copied onto its answers could single someone out. A `directie` or `schaalgroep` attribute must be
 * a code of the organisation list (422 `unknown-code`, naming the attribute in Dutch, `en` in English).
 */
export async function createInvitations(
  client: Client,
  waveId: string,
  count: number,
  attributes: Record<string, string>,
  now: Date,
): Promise<{ wave: Wave; tokens: string[] }> {
  const wave = await getWave(client, waveId);
  if (!wave) throw problems.notFound(`Wave "${waveId}"`);
  if (waveStatus(wave, now) === 'closed') throw new Problem(409, 'wave-closed', `Wave ${waveId} is closed.`);
  if (wave.mode !== 'invitation') {
    const how = wave.mode === 'open' ? 'an open link' : 'mystery-guest assignments';
    throw new Problem(409, 'wave-open-link', `Wave ${waveId} uses ${how}; it has no invitations.`);
  }
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    throw problems.badRequest('count', 'link-count');
  }
  for (const [name, value] of Object.entries(attributes)) {
    if (!DATA_KEY.test(name)) throw problems.badRequest(`attributes.${name}`, 'attribute-name');
    if (!ATTRIBUTE_VALUE.test(value)) throw problems.badRequest(`attributes.${name}`, 'attribute-value');
  }
  const unknown = Object.entries(attributes).flatMap(([name, value]) => {
    const why = attributeCodeProblem(name, value);
    return why === undefined ? [] : [fieldProblem(`attributes.${name}`, 'bilingual', { nl: why.nl, en: why.en })];
  });
  if (unknown.length > 0) {
    throw new Problem(422, 'unknown-code', unknown.map((f) => `${f.field}: ${f.message}`).join('; '), unknown);
  }
  if (Object.keys(attributes).length > 0 && count < wave.kMin) {
    throw new Problem(422, 'batch-too-small', `A batch with attributes needs at least ${wave.kMin} invitees (k), not ${count}.`, [
      fieldProblem('count', 'batch-below-k', { k: wave.kMin }),
    ]);
  }
  const tokens = Array.from({ length: count }, newInvitationToken);
  await insertBatch(client, { id: randomUUID(), waveId, attributes }, tokens.map(invitationTokenHash));
  return { wave, tokens };
}

/** The link an invitee opens: the token sits in the fragment, which browsers never send to a server. */
export function invitationLink(baseUrl: string, surveyId: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/s/${surveyId}#t=${token}`;
}
