import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { isTargetPeriod, periodEnd } from './periods.ts';
import { answerValues, ratingScale } from './question-values.ts';
import type { Definition, Report } from './types.ts';

const PREFER_NOT_TO_SAY = 'zeg_ik_liever_niet';
const PERIOD_HINT = 'a year like "2024" or a half-year like "2026-H2"';

/**
 * Checks a `target` indicator (docs/survey-format.md, "Targets"): it follows another, non-target
 * indicator of this survey, optionally one group of a breakdown the survey lists; its baseline is a
 * wave period, or a value in the followed indicator's range with its period and a source in Dutch
 * and English; its change is one non-zero relative (above −100%) or absolute amount whose goal
 * stays in range; and its deadline `by` comes after the baseline.
 */
export function checkTarget(definition: Definition, target: JsonObject, path: string, report: Report): void {
  const range = followedRange(definition, target, path, report);
  checkGroup(definition, target.group, childPath(path, 'group'), report);
  const baseline = checkBaseline(target.baseline, childPath(path, 'baseline'), range, report);
  checkChange(target.change, childPath(path, 'change'), baseline?.value, range, report);
  const by = target.by;
  if (typeof by !== 'string' || !isTargetPeriod(by)) return report(childPath(path, 'by'), `needs the period by which the goal should be reached: ${PERIOD_HINT}`);
  if (baseline !== undefined && periodEnd(by)! <= periodEnd(baseline.period)!) {
    report(childPath(path, 'by'), `"${by}" is not after the baseline period "${baseline.period}"`);
  }
}

/** The values the followed indicator can take: [0, 1] for a share, [0, 100] for a scale, the rating range for a mean. */
function followedRange(definition: Definition, target: JsonObject, path: string, report: Report): [number, number] | undefined {
  const at = childPath(path, 'indicator');
  const name = target.indicator;
  const declared = Array.isArray(definition.json.indicators) ? definition.json.indicators.filter(isPlainObject) : [];
  const followed = declared.find((d) => d.id === name);
  if (typeof name !== 'string') report(at, 'needs the id of the indicator this target follows');
  else if (followed === undefined) report(at, `"${name}" is not an indicator of this survey`);
  else if (followed.kind === 'target') report(at, `"${name}" is a target itself; a target follows a proportion, compliance, mean or scale`);
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
    return report(path, 'must be { "breakdown": <a question listed in breakdowns>, "value": <one of its answers> }');
  }
  for (const key of Object.keys(group)) if (key !== 'breakdown' && key !== 'value') report(childPath(path, key), 'unknown property of a target group (it takes: breakdown, value)');
  const listed = (Array.isArray(definition.json.breakdowns) ? definition.json.breakdowns : []).map((b) => (isPlainObject(b) ? b.question : b));
  if (!listed.includes(group.breakdown)) return report(childPath(path, 'breakdown'), `"${group.breakdown}" is not listed in this survey's breakdowns`);
  const q = definition.outline.questions.get(group.breakdown);
  const values = (q === undefined ? [] : (answerValues(q) ?? [])).map(String).filter((v) => v !== PREFER_NOT_TO_SAY);
  if (!values.includes(group.value)) report(childPath(path, 'value'), `"${group.value}" is not a group of "${group.breakdown}" (its groups: ${values.join(', ')})`);
}

function checkBaseline(baseline: unknown, path: string, range: [number, number] | undefined, report: Report): { period: string; value?: number } | undefined {
  const shape = 'must be { "wave": "2025-H1" } (a wave of this survey) or { "value": 0.32, "period": "2024", "source": { "default": …, "en": … } }';
  let ok = true;
  const fail = (at: string, message: string) => {
    ok = false;
    report(at, message);
  };
  if (!isPlainObject(baseline)) fail(path, shape);
  else if ('wave' in baseline) {
    if (Object.keys(baseline).length !== 1) fail(path, shape);
    else if (typeof baseline.wave !== 'string' || !isTargetPeriod(baseline.wave)) fail(childPath(path, 'wave'), `needs a wave period: ${PERIOD_HINT}`);
    return ok ? { period: baseline.wave as string } : undefined;
  } else if (Object.keys(baseline).some((k) => !['value', 'period', 'source'].includes(k))) fail(path, shape);
  if (!ok || !isPlainObject(baseline)) return undefined;
  const { value, period, source } = baseline;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(childPath(path, 'value'), 'needs the baseline figure as a number');
  else if (range !== undefined && (value < range[0] || value > range[1])) {
    fail(childPath(path, 'value'), `${value} is outside the indicator's range ${range[0]} to ${range[1]}${range[1] === 1 ? ' (a share: 0.32 for 32%)' : ''}`);
  }
  if (typeof period !== 'string' || !isTargetPeriod(period)) fail(childPath(path, 'period'), `needs the period the figure is about: ${PERIOD_HINT}`);
  const text = (lang: string) => isPlainObject(source) && typeof source[lang] === 'string' && source[lang].trim() !== '';
  if (!text('default')) fail(childPath(path, 'source'), 'needs where the figure comes from, in Dutch under "default"');
  else if (!text('en')) fail(childPath(childPath(path, 'source'), 'en'), 'English text missing');
  return ok ? { period: period as string, value: value as number } : undefined;
}

function checkChange(change: unknown, path: string, baseline: number | undefined, range: [number, number] | undefined, report: Report): void {
  const shape = 'must be { "relative": 0.25 } (+25%) or { "absolute": 0.05 } (in the indicator\'s unit), not zero';
  if (!isPlainObject(change) || Object.keys(change).length !== 1) return report(path, shape);
  const [[kind, amount]] = Object.entries(change) as [[string, unknown]];
  if ((kind !== 'relative' && kind !== 'absolute') || typeof amount !== 'number' || !Number.isFinite(amount) || amount === 0) return report(path, shape);
  if (kind === 'relative' && amount <= -1) return report(childPath(path, kind), 'a relative change must be above -1 (−100%)');
  if (baseline === undefined) return;
  if (kind === 'relative' && baseline === 0) return report(childPath(path, kind), 'a relative change of a baseline of 0 sets no goal; use an absolute change');
  const goal = kind === 'relative' ? baseline * (1 + amount) : baseline + amount;
  if (range !== undefined && (goal < range[0] || goal > range[1])) {
    report(childPath(path, kind), `sets a goal of ${Number(goal.toPrecision(6))}, outside the indicator's range ${range[0]} to ${range[1]}`);
  }
}
