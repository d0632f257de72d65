import type { AgreementVerdict } from '../procedures/agreement-targets.ts';
import type { TargetStatus } from '../indicators/target.ts';

/** A text in both of the workspace's languages. */
export interface Text {
  nl: string;
  en: string;
}

/** How a line's values read: a share (0-1, shown as %), a score or mean, a percentage (0-100), a count. */
export type MonitorUnit = 'share' | 'score' | 'percent' | 'count';

/**
 * One figure of the monitor for one directorate (or the city) in one period, copied from a
 * published row: `shown`, or `hidden` (too few answers, with the only reason ever given), or
 * `none` (nothing measured there: no answers from that directorate, no register records).
 */
export interface MonitorCell {
  status: 'shown' | 'hidden' | 'none';
  reason: string | null;
  n: number | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Since the previous period, only between two shown figures; null otherwise. */
  change: number | null;
  /** `up`/`down`: a significant (or, for HR counts, any) change; `same`: none found; null: no comparison. */
  direction: 'up' | 'down' | 'same' | null;
  /** With the line's polarity: whether the change is good news; null when unjudged or no change. */
  judgement: 'better' | 'worse' | null;
  /** The published value in each of the monitor's periods (oldest first); null where hidden or missing. */
  trend: (number | null)[];
  /** For a target or agreement: whether it was met (a survey target's status, an agreement's verdict). */
  goal: { atLeast: number | null; status: TargetStatus | AgreementVerdict | null } | null;
}

/** One row of the monitor: an indicator, agreement, target or HR figure, for the city and every directorate. */
export interface MonitorLine {
  /** `survey:<id>:<indicator>`, `register:<id>:<indicator>` or `hr:<measure>`. */
  key: string;
  section: 'survey' | 'target' | 'agreement' | 'hr';
  /** The survey or register it comes from (null for HR). */
  source: { id: string; title: Text } | null;
  title: Text;
  unit: MonitorUnit;
  higherIsBetter: boolean | null;
  /** A target's or agreement's source (a stated baseline's, the memo that sets it), when declared. */
  goalSource: Text | null;
  city: MonitorCell;
  byDirectorate: Record<string, MonitorCell>;
}

/** The integral monitor of one period: every line, the city and each directorate (organisation codes, list order). */
export interface Monitor {
  period: string;
  /** The periods of the trends, oldest first; the last is `period`. */
  periods: string[];
  directorates: string[];
  lines: MonitorLine[];
}

/** What the summary at the top of a page lists: keys of lines that improved, declined, or missed their goal. */
export interface MonitorSummary {
  improved: string[];
  declined: string[];
  missed: string[];
}

/** One directorate's page: every line with the city's figure beside the directorate's. */
export interface DirectoratePage {
  period: string;
  periods: string[];
  directorate: string;
  summary: MonitorSummary;
  lines: (Omit<MonitorLine, 'byDirectorate'> & { directorate: MonitorCell })[];
}
