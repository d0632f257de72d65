import type { AnswerSource } from '../answer-source.ts';
import { analysePeriod, WaveNotFoundError, type AnalyseOptions } from '../indicators/analyse.ts';
import { analyseProcedures } from '../procedures/analyse-procedures.ts';
import type { ProcedureSource } from '../procedures/procedure-source.ts';
import { assembleMonitor, type MonitorTexts, type PeriodFigures } from './assemble.ts';
import type { HrSource } from './hr-figures.ts';
import { releaseHr } from './hr-release.ts';
import type { Monitor, Text } from './model.ts';

/** Where the monitor's figures come from: the answers, the registers of procedures, the HR figures. */
export interface MonitorSources {
  answers: AnswerSource;
  procedures: ProcedureSource;
  hr: HrSource;
}

export interface MonitorOptions extends AnalyseOptions {
  /** Periods in the trends, `period` included; default 4 (two years of half-years). */
  trendPeriods?: number;
}

const HALF_YEAR = /^\d{4}-H[12]$/;
const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The integral monitor of `period` (a half-year): every survey's, register's and HR figure of it and
 * of the periods before it, each as its own report publishes it (analysePeriod, analyseProcedures,
 * releaseHr), put side by side by assembleMonitor. Cost: one analysis of every wave in each of the
 * trend's periods (each also reads its previous wave), so about `trendPeriods` one-wave analyses.
 */
export async function buildMonitor(sources: MonitorSources, period: string, options: MonitorOptions = {}): Promise<Monitor> {
  if (!HALF_YEAR.test(period)) throw new RangeError(`buildMonitor requires a half-year like 2026-H2, not "${period}"`);
  const waves = await sources.answers.waves();
  const known = [...new Set([...waves.map((w) => w.period).filter((p) => HALF_YEAR.test(p) && order(p, period) < 0), period])].sort(order);
  const periods = known.slice(-(options.trendPeriods ?? 4));
  const figures: PeriodFigures[] = [];
  for (const p of periods) {
    let surveys: PeriodFigures['surveys'] = [];
    try {
      surveys = await analysePeriod(sources.answers, p, undefined, options);
    } catch (e) {
      if (!(e instanceof WaveNotFoundError)) throw e;
    }
    const registers = await analyseProcedures(sources.procedures, p, { confidence: options.confidence, significance: options.significance, pageSize: options.pageSize });
    const hrRows = await sources.hr.hrFigures(p);
    figures.push({ period: p, surveys, registers, hr: hrRows.length === 0 ? null : releaseHr(p, hrRows) });
  }
  const definitions: Titled[] = [...(await sources.procedures.registers())];
  for (const report of figures.at(-1)!.surveys) definitions.push(await sources.answers.definition(report.waveId));
  return assembleMonitor(figures, textsOf(definitions));
}

/** What textsOf reads of a survey or register definition (a wave's definition or a catalog entry). */
type Titled = { survey: Record<string, unknown> } & Record<string, unknown>;

/** Survey, indicator and target-source texts in both languages, from the definitions. */
export function textsOf(definitions: readonly Titled[]): MonitorTexts {
  const text = (t: unknown, fallback: string): Text => {
    const o = t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    return { nl: typeof o.default === 'string' ? o.default : fallback, en: typeof o.en === 'string' ? o.en : typeof o.default === 'string' ? o.default : fallback };
  };
  return new Map(
    definitions.map((d) => {
      const declared = (Array.isArray(d.indicators) ? d.indicators : []) as Record<string, unknown>[];
      const indicators = new Map(declared.map((i) => [String(i.id), text(i.title, String(i.id))]));
      const sources = new Map(
        declared.flatMap((i) => {
          return i.source === undefined ? [] : [[String(i.id), text(i.source, '')] as const];
        }),
      );
      return [String(d.id), { title: text(d.survey.title, String(d.id)), indicators, targetSources: sources }];
    }),
  );
}
