import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import type { Wave, WaveDefinition } from '../../survey-format/wave.ts';

/** What a respondent's or guest's app gets to render a survey: `GET /api/surveys/:id` and opening an assignment. */
export interface PublicDefinition {
  id: string;
  version: string;
  kind: TSurveyDefinition['kind'];
  purpose: TSurveyDefinition['purpose'];
  survey: TSurveyDefinition['survey'];
  wave: { id: string; period: string; mode: Wave['mode']; closesOn: string } | null;
}

/** The definition as served: the envelope's rendering parts and the wave that fields it, if any. */
export function publicDefinition(fielded: WaveDefinition | TSurveyDefinition, wave: Wave | undefined): PublicDefinition {
  const { id, version, kind, purpose, survey } = fielded as TSurveyDefinition;
  return { id, version, kind, purpose, survey, wave: wave ? { id: wave.id, period: wave.period, mode: wave.mode, closesOn: wave.closesOn } : null };
}
