import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { isTargetPeriod, periodEnd } from './periods.ts';
import { answerValues, ratingScale } from './question-values.ts';
import type { Definition, Report } from './types.ts';

const PREFER_NOT_TO_SAY = 'zeg_ik_liever_niet';

/**
 * Checks a `target` indicator (docs/survey-format.md, "Targets"): it follows another, non-target
 * indicator of this survey, optionally one group of a breakdown the survey lists; its baseline is a
 * wave period, or the period of a figure a researcher enters in the workspace (the figure and its
 * source are checked there: server/targets/baseline-form.ts); its change is one non-zero relative
 * (above −100%) or absolute amount; its deadline `by` comes after the baseline; and it names the
 * source of the goal in Dutch and English.
 */
export function checkTarget(definition: Definition, target: JsonObject, path: string, report: Report): void {
  followedRange(definition, target, path, report);
  checkGroup(definition, target.group, childPath(path, 'group'), report);
  const baseline = checkBaseline(target.baseline, childPath(path, 'baseline'), report);
  checkChange(target.change, childPath(path, 'change'), report);
  checkSource(target.source, childPath(path, 'source'), report);
  const by = target.by;
  if (typeof by !== 'string' || !isTargetPeriod(by)) return report(childPath(path, 'by'), 'target-by');
  if (baseline !== undefined && periodEnd(by)! <= periodEnd(baseline.period)!) {
    report(childPath(path, 'by'), 'target-not-after', { by, baseline: baseline.period });
  }
}

/** The values the followed indicator can take: [0, 1] for a share, [0, 100] for a scale, the rating range for a mean. */
function followedRange(definition: Definition, target: JsonObject, path: string, report: Report): [number, number] | undefined {
  const at = childPath(path, 'indicator');
  const name = target.indicator;
  const declared = Array.isArray(definition.json.indicators) ? definition.json.indicators.filter(isPlainObject) : [];
  const followed = declared.find((d) => d.id === name);
  if (typeof name !== 'string') report(at, 'target-indicator-needed');
  else if (followed === undefined) report(at, 'not-an-indicator', { name });
  else if (followed.kind === 'target') report(at, 'target-of-target', { name });
  if (typeof name !== 'string' || followed === undefined || followed.kind === 'target') return undefined;
  if (followed.kind === 'proportion' || followed.kind === 'compliance') return [0, 1];
  if (followed.kind === 'scale') return [0, 100];
  const q = typeof followed.question === 'string' ? definition.outline.questions.get(followed.question) : undefined;
  if (followed.kind === 'mean' && q?.type === 'rating') {
    const points = ratingScale(q.json);
    return [Math.min(...points), Math.max(...points)];
  }
  return undefined;
}

function checkGroup(definition: Definition, group: unknown, path: string, report: Report): void {
  if (group === undefined) return;
  if (!isPlainObject(group) || typeof group.breakdown !== 'string' || typeof group.value !== 'string') {
    return report(path, 'target-group-shape');
  }
  for (const key of Object.keys(group)) if (key !== 'breakdown' && key !== 'value') report(childPath(path, key), 'target-group-property');
  const listed = (Array.isArray(definition.json.breakdowns) ? definition.json.breakdowns : []).map((b) => (isPlainObject(b) ? b.question : b));
  if (!listed.includes(group.breakdown)) return report(childPath(path, 'breakdown'), 'not-a-breakdown', { name: group.breakdown });
  const q = definition.outline.questions.get(group.breakdown);
  const values = (q === undefined ? [] : (answerValues(q) ?? [])).map(String).filter((v) => v !== PREFER_NOT_TO_SAY);
  if (!values.includes(group.value)) report(childPath(path, 'value'), 'not-a-group', { value: group.value, breakdown: group.breakdown, values });
}

function checkBaseline(baseline: unknown, path: string, report: Report): { period: string } | undefined {
  if (!isPlainObject(baseline) || Object.keys(baseline).length !== 1) return void report(path, 'baseline-shape');
  const [[key, period]] = Object.entries(baseline) as [[string, unknown]];
  if (key !== 'wave' && key !== 'period') return void report(path, 'baseline-shape');
  if (typeof period !== 'string' || !isTargetPeriod(period)) return void report(childPath(path, key), key === 'wave' ? 'baseline-wave' : 'baseline-period');
  return { period };
}

function checkChange(change: unknown, path: string, report: Report): void {
  if (!isPlainObject(change) || Object.keys(change).length !== 1) return report(path, 'change-shape');
  const [[kind, amount]] = Object.entries(change) as [[string, unknown]];
  if ((kind !== 'relative' && kind !== 'absolute') || typeof amount !== 'number' || !Number.isFinite(amount) || amount === 0) return report(path, 'change-shape');
  if (kind === 'relative' && amount <= -1) report(childPath(path, kind), 'relative-change');
}

function checkSource(source: unknown, path: string, report: Report): void {
  const text = (lang: string) => isPlainObject(source) && typeof source[lang] === 'string' && source[lang].trim() !== '';
  if (!text('default')) report(path, 'source-needed');
  else if (!text('en')) report(childPath(path, 'en'), 'english-missing');
}
