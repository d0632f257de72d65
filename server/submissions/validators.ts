import { compileSurvey, type CompiledSurvey } from '../validation/index.ts';
import type { Wave } from '../waves/wave.ts';

/**
 * Compiled validators by wave: a wave's definition never changes, so each is compiled once, on the
 * first submission, and answers are always checked against the version the wave fielded.
 */
export class WaveValidators {
  private readonly byWave = new Map<string, CompiledSurvey>();

  get(wave: Wave): CompiledSurvey {
    let v = this.byWave.get(wave.id);
    if (!v) {
      v = compileSurvey(wave.definition.survey);
      this.byWave.set(wave.id, v);
    }
    return v;
  }
}
