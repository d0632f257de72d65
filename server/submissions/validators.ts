import type { Client } from '@libsql/client';
import { getWaveDefinition } from '../db/waves.ts';
import { compileSurvey, type CompiledSurvey } from '../../survey-format/validation/index.ts';
import type { Wave } from '../../survey-format/wave.ts';

/**
 * Compiled validators by wave: a wave's definition never changes, so each is compiled once, on the
 * first submission, and answers are always checked against the version the wave fielded.
 */
export class WaveValidators {
  private readonly byWave = new Map<string, CompiledSurvey>();

  constructor(private readonly client: Client) {}

  async get(wave: Wave): Promise<CompiledSurvey> {
    let v = this.byWave.get(wave.id);
    if (!v) {
      v = compileSurvey((await getWaveDefinition(this.client, wave.id)).survey);
      this.byWave.set(wave.id, v);
    }
    return v;
  }
}
