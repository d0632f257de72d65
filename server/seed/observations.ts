import type { JsonObject } from '../../survey-format/validation/survey-json.ts';
import { answerGenerator, type RespondentContext } from './answers.ts';
import { PAIRED_TESTING, type InstrumentPlan } from './model.ts';
import { logistic, logit, type Random } from './random.ts';

type Answers = Record<string, unknown>;

/** The observations of one directorate in one wave: pairs of testers on vacancies, and single service-point visits. */
export type ObservationGenerator = (ctx: RespondentContext & { period: string }, scale: number) => Answers[];

/**
 * Makes the mystery-guest fieldwork of a wave: per directorate a number of vacancies, each applied
 * for by a matched pair of testers (profile a, the majority profile, and profile b), who log one
 * observation per step of the procedure; and a few unpaired service-point visits. Checklist answers
 * come from the survey's own answer generator (so compliance follows the plan's trends); the pair,
 * profile, vacancy reference, step and outcome are set here, with a real gap between the profiles
 * (PAIRED_TESTING) and some procedures still running when the wave closes.
 */
export function observationGenerator(definition: JsonObject, plan: InstrumentPlan, rng: Random): ObservationGenerator {
  const generate = answerGenerator(definition, plan, rng);
  let counter = 0;
  return (ctx, scale) => {
    const out: Answers[] = [];
    const pairs = Math.max(PAIRED_TESTING.minPairs, Math.round(PAIRED_TESTING.pairsPerDirectorate * scale));
    for (let i = 0; i < pairs; i++) {
      counter++;
      const pair = {
        paar_id: `${ctx.period.replace('-', '')}-${String(counter).padStart(3, '0')}`,
        procedure_ref: `VAC-${ctx.period.slice(0, 4)}-${String(1000 + counter)}`,
        opdracht_soort: 'vacature_extern',
        vacature_schaalgroep: rng.pick(['t_m_8', '9_11', '12_plus']),
      };
      // Both testers read the same vacancy text: one set of vacancy observations for the pair.
      const vacancy = generate(ctx);
      const appeal = PAIRED_TESTING.vacancySd * rng.normal();
      for (const profile of ['a', 'b'] as const) {
        const gap = profile === 'b' ? gapOf(ctx) : 0;
        const observe = (stap: string, extra: Answers = {}, base: Answers = generate(ctx)) => out.push({ ...base, ...pair, testprofiel: profile, stap, ...extra });
        observe('vacature_gelezen', {}, vacancy);
        observe('sollicitatie_verstuurd');
        if (rng.chance(PAIRED_TESTING.unfinished)) continue; // still waiting for a reply when the wave closed
        const invited = rng.chance(logistic(logit(PAIRED_TESTING.invited) + appeal + gap));
        if (!invited) {
          observe('reactie_ontvangen', { uitkomst: rng.chance(0.65) ? 'afgewezen' : 'geen_reactie' });
          continue;
        }
        observe('reactie_ontvangen', { uitkomst: 'uitgenodigd' });
        const nextRound = rng.chance(logistic(logit(PAIRED_TESTING.nextRound) + appeal / 2 + gap / 2));
        observe('gesprek', { uitkomst: nextRound ? 'volgende_ronde' : 'afgewezen' });
        if (nextRound) observe('uitkomst', { uitkomst: rng.chance(0.5) ? 'aanbod' : 'afgewezen' });
      }
    }
    // Service-point visits: one observation each, no pair.
    const visits = Math.max(1, Math.round(PAIRED_TESTING.visitsPerDirectorate * scale));
    for (let i = 0; i < visits; i++) {
      const visit = generate(ctx);
      delete visit.paar_id;
      delete visit.testprofiel;
      delete visit.vacature_schaalgroep;
      counter++;
      out.push({ ...visit, opdracht_soort: 'servicepunt', procedure_ref: `SP-${String(1000 + counter)}`, stap: 'gesprek', uitkomst: rng.chance(0.85) ? 'geholpen' : 'niet_geholpen' });
    }
    return out;
  };
}

/** How much less likely the minority profile is to be invited (logit scale) in this directorate and wave. */
function gapOf(ctx: RespondentContext): number {
  return PAIRED_TESTING.gap + (PAIRED_TESTING.gapByDirectorate[ctx.directorate.code] ?? 0) + (PAIRED_TESTING.gapTrend[ctx.waveIndex] ?? 0);
}
