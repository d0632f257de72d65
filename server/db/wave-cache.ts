import type { Client } from '@libsql/client';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { toWave, WAVE_COLUMNS } from './waves.ts';

/** How long a read of the waves table serves submissions before it is read again. */
const WAVES_FRESH_MS = 1000;

/**
 * The waves as the submission path reads them: every wave (a short table), in memory, read again
 * once it is WAVES_FRESH_MS old, and at once when a wave asked for is not in it (a wave just
 * created, by this instance or another). Waves change rarely, and only ever close, which the
 * commit itself checks (db/responses.ts: an answer is written only while its wave is not closed),
 * so a stale read can neither let an answer into a closed wave nor turn one away from an open one
 * for longer than it takes to read the table again. Costs no query on the hot path.
 */
export class WaveCache {
  private waves: Map<string, Wave> = new Map();
  private readAt = -Infinity;
  private reading: Promise<Map<string, Wave>> | undefined;

  constructor(
    private readonly client: Client,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The wave with this id, or undefined when there is none. */
  async get(id: string): Promise<Wave | undefined> {
    return (await this.fresh()).get(id) ?? (await this.read()).get(id);
  }

  /** The waves of a survey that take answers on `now` (waveStatus), as far as this instance knows. */
  async openOn(surveyId: string, now: Date): Promise<Wave[]> {
    const open = (waves: Map<string, Wave>) => [...waves.values()].filter((w) => w.surveyId === surveyId && waveStatus(w, now) === 'open');
    const found = open(await this.fresh());
    return found.length > 0 ? found : open(await this.read());
  }

  private fresh(): Map<string, Wave> | Promise<Map<string, Wave>> {
    return this.clock() - this.readAt < WAVES_FRESH_MS ? this.waves : this.read();
  }

  /** Reads the table, once for every caller that asks meanwhile. */
  private read(): Promise<Map<string, Wave>> {
    this.reading ??= (async () => {
      const startedAt = this.clock();
      try {
        const rs = await this.client.execute(`SELECT ${WAVE_COLUMNS} FROM waves`);
        this.waves = new Map(rs.rows.map((r) => [String(r.id), toWave(r)]));
        this.readAt = startedAt;
        return this.waves;
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }
}
