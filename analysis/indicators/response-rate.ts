import type { InvitationBatch } from '../answer-source.ts';
import { twoProportionTest, wilsonInterval } from '../stats/index.ts';
import type { Cell } from './cell.ts';
import { UNKNOWN } from './tally.ts';
import type { Comparison, Estimate } from './types.ts';

/** A wave's invitees: in total, and per batch attribute and value (UNKNOWN: batches without it). */
export interface Invitees {
  total: number;
  byAttribute: Map<string, Map<string, number>>;
}

/** Sums the batch sizes of a wave per attribute value. Attribute names are sorted, values too. */
export function inviteesOf(batches: readonly InvitationBatch[]): Invitees {
  const names = [...new Set(batches.flatMap((b) => Object.keys(b.attributes)))].sort();
  const byAttribute = new Map<string, Map<string, number>>();
  for (const name of names) {
    const values = new Map<string, number>();
    for (const b of batches) {
      const v = b.attributes[name];
      const key = typeof v === 'string' && v !== '' ? v : UNKNOWN;
      values.set(key, (values.get(key) ?? 0) + b.size);
    }
    byAttribute.set(name, new Map([...values].sort(([a], [b]) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)))));
  }
  return { total: batches.reduce((s, b) => s + b.size, 0), byAttribute };
}

/**
 * `response_rate`: answers / invitees of an invitation wave, overall and per batch attribute (the
 * only groups whose invitees are known). Every invitee is counted, so the rate is the group's own;
 * the Wilson interval and the two-proportion z test treat answering as a chance each invitee takes
 * (response propensity), which is what a change between waves is about.
 */
export function responseRateIndicator() {
  return {
    /** A cell of `invited` trials with `answers` successes. */
    cell(answers: number, invited: number): Cell {
      return { n: invited, sum: answers, mean: invited > 0 ? answers / invited : 0, m2: 0, low: answers < invited ? 0 : 1, high: answers > 0 ? 1 : 0 };
    },
    estimate(cell: Cell, confidence: number): Estimate {
      const interval = wilsonInterval(cell.sum, cell.n, { confidence });
      return { value: cell.sum / cell.n, lower: interval.lower, upper: interval.upper };
    },
    compare(current: Cell, previous: Cell): Comparison | null {
      if (current.n === 0 || previous.n === 0) return null;
      return { test: 'two-proportion z-test', pValue: twoProportionTest(current.sum, current.n, previous.sum, previous.n).pValue };
    },
  };
}
