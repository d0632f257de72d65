import { HIDDEN_FIGURES } from './disclosure.ts';
import { targetFigures, type EnteredBaseline } from './target.ts';
import type { TargetSpec } from './target.ts';
import type { IndicatorRow } from './types.ts';

/** A compiled target declaration: its id and title, and what it declares. */
export interface TargetDeclaration {
  id: string;
  title: string | undefined;
  spec: TargetSpec;
}

/** Whether a published row is the cell a target follows: the indicator overall, or its group of a question breakdown. */
function isFollowedCell(spec: TargetSpec, row: Pick<IndicatorRow, 'indicator' | 'breakdown' | 'breakdownSource' | 'group'>): boolean {
  if (row.indicator !== spec.indicator) return false;
  if (spec.group === null) return row.breakdown === null;
  return row.breakdownSource === 'question' && row.breakdown === spec.group.breakdown && row.group === spec.group.value;
}

/**
 * One row per target of a wave, built only from rows already published for that wave.
 *
 * Disclosure: a target row is shown exactly when the cell it follows is shown, and then repeats
 * that cell's n, value, interval and change; the baseline is either an entered figure or the same
 * cell as published in the baseline wave (`baselineOf` returns null when that cell was hidden, or
 * when no researcher has entered it yet);
 * goal and progress are fixed functions of those. So a target row publishes nothing that could
 * not already be read from the published rows and the survey definition: no new differencing
 * channel. A hidden target row looks like any hidden row.
 */
export async function targetRows(
  targets: readonly TargetDeclaration[],
  rows: readonly IndicatorRow[],
  wave: { survey: string; period: string; previousWave: string | null },
  baselineOf: (target: TargetDeclaration) => Promise<EnteredBaseline | { value: number; source: null } | null>,
): Promise<IndicatorRow[]> {
  const out: IndicatorRow[] = [];
  for (const declaration of targets) {
    const { id, spec } = declaration;
    const followed = rows.find((r) => isFollowedCell(spec, r));
    const identity = {
      indicator: id,
      kind: 'target' as const,
      breakdown: spec.group?.breakdown ?? null,
      breakdownSource: spec.group === null ? null : ('question' as const),
      group: spec.group?.value ?? null,
    };
    if (followed === undefined || !followed.shown || followed.value === null) {
      out.push({
        survey: wave.survey,
        wave: wave.period,
        special: followed?.special ?? false,
        ...identity,
        ...HIDDEN_FIGURES,
        previousWave: wave.previousWave,
        trendBreak: followed?.trendBreak ?? false,
      });
      continue;
    }
    const target = targetFigures(spec, wave.period, { value: followed.value, lower: followed.lower, upper: followed.upper }, await baselineOf(declaration));
    out.push({ ...followed, ...identity, alpha: null, target });
  }
  return out;
}
