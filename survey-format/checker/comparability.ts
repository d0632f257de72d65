import type { CheckerCode, CheckerMessage } from './checker-messages.ts';
import type { TQuestionPrint } from './fingerprint.ts';
import { childPath } from './json-path.ts';
import { publishedVersion, type TPublishedLock } from './lock-file.ts';
import type { Check } from './types.ts';
import { compareVersions, parseVersion } from './version.ts';

type Add = (question: string, detail: Change['detail'], message: CheckerMessage, property?: string) => void;

/** The codes for a value of a list that is gone or was added. */
interface ValueChanges {
  gone: CheckerCode;
  added: CheckerCode;
}
const CHOICE_CHANGES: ValueChanges = { gone: 'choice-gone', added: 'choice-added' };
const ROW_CHANGES: ValueChanges = { gone: 'row-gone', added: 'row-added' };

/** A difference from the published version: `breaks` comparability (needs a major) or only `adds` (needs a minor). */
interface Change {
  question: string;
  detail: 'breaks' | 'adds';
  message: CheckerMessage;
  property?: string;
}

/**
 * Compares a definition with the versions recorded in the lock file. A published version may not
 * change at all; a new version may change wording (minor or patch), may add questions or choices
 * (minor), and needs a new major for anything that breaks comparability with the latest published
 * version: a question removed or renamed, its type changed, a choice, row or column removed or
 * renamed, a rating scale or matrix columns changed.
 */
export function comparabilityCheck(lock: TPublishedLock | undefined): Check {
  return ({ json, outline }, report) => {
    const { id, version } = json;
    const published = typeof id === 'string' ? lock?.surveys[id] : undefined;
    const current = parseVersion(version);
    if (published === undefined || current === undefined || typeof version !== 'string') return;
    const now = publishedVersion(json, outline);
    const same = published[version];
    if (same !== undefined) {
      if (same.sha256 !== now.sha256) report('$.version', 'version-published', { version });
      return;
    }
    const latest = Object.keys(published).sort(compareVersions).at(-1);
    const base = latest === undefined ? undefined : published[latest];
    if (latest === undefined || base === undefined) return;
    if (compareVersions(version, latest) < 0) return report('$.version', 'version-below', { version, latest });
    const [major, minor] = parseVersion(latest) ?? [0, 0];
    if (current[0] > major) return;
    const nextMajor = `${major + 1}.0.0`;
    for (const change of changes(base.questions, now.questions)) {
      if (change.detail === 'adds' && current[1] > minor) continue;
      const q = outline.questions.get(change.question);
      const path = q === undefined ? '$.version' : change.property === undefined ? q.path : childPath(q.path, change.property);
      if (change.detail === 'breaks') report(path, 'breaks-comparability', { change: change.message, latest, next: nextMajor });
      else report(path, 'needs-minor', { change: change.message, next: `${major}.${minor + 1}.0` });
    }
  };
}

function changes(before: Record<string, TQuestionPrint>, after: Record<string, TQuestionPrint>): Change[] {
  const found: Change[] = [];
  const add: Add = (question, detail, message, property) => found.push({ question, detail, message, property });
  for (const [name, was] of Object.entries(before)) {
    const now = after[name];
    if (now === undefined) {
      add(name, 'breaks', { code: 'question-gone', params: { question: name } });
      continue;
    }
    if (now.type !== was.type) add(name, 'breaks', { code: 'type-changed', params: { question: name, from: was.type, to: now.type } }, 'type');
    else if (now.inputType !== was.inputType) add(name, 'breaks', { code: 'input-type-changed', params: { question: name, from: String(was.inputType), to: String(now.inputType) } }, 'inputType');
    compareValues(name, CHOICE_CHANGES, 'choices', was.choices, now.choices, add);
    compareValues(name, ROW_CHANGES, 'rows', was.rows, now.rows, add);
    if (!sameSet(was.scale, now.scale)) add(name, 'breaks', { code: 'scale-changed', params: { question: name, from: list(was.scale), to: list(now.scale) } });
    if (!sameSet(was.columns, now.columns)) add(name, 'breaks', { code: 'columns-changed', params: { question: name, from: list(was.columns), to: list(now.columns) } }, 'columns');
  }
  for (const name of Object.keys(after)) {
    if (before[name] === undefined) add(name, 'adds', { code: 'question-added', params: { question: name } });
  }
  return found;
}

function compareValues(
  question: string,
  codes: ValueChanges,
  property: string,
  before: readonly (string | number)[] | undefined,
  after: readonly (string | number)[] | undefined,
  add: Add,
): void {
  for (const value of before ?? []) {
    if (!(after ?? []).includes(value)) add(question, 'breaks', { code: codes.gone, params: { value: JSON.stringify(value), question } }, property);
  }
  for (const value of after ?? []) {
    if (!(before ?? []).includes(value)) add(question, 'adds', { code: codes.added, params: { value: JSON.stringify(value), question } }, property);
  }
}

function sameSet(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function list(values: readonly unknown[] | undefined): string {
  return (values ?? []).join(', ');
}
