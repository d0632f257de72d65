import type { Column } from './columns.ts';
import type { Changes, WaveExport } from './export.ts';

/** The codebook as JSON: every variable with its texts in Dutch and English, values and labels, and what changed. */
export function toCodebook(e: WaveExport, changes: Changes) {
  const changed = new Map(changes.values.map((v) => [v.variable, v]));
  return {
    survey: e.wave.surveyId,
    surveyVersion: e.wave.surveyVersion,
    wave: e.wave.period,
    waveId: e.wave.id,
    rows: e.rows.length,
    csv: { encoding: 'UTF-8 with byte order mark', separator: ',', lineEnd: 'CRLF', missing: 'empty field', rowOrder: 'random' },
    coarsening: {
      k: e.k,
      satisfied: e.satisfied,
      note:
        'Background columns (batch attributes, declared breakdowns) name only groups the published figures show whole: the groups they hide are merged into _overig, and "prefer not to say" is blank like no answer (the report\'s "unknown" group). Then they are recoded until every combination of their values holds at least k rows: rarest values (unknown included) merged first into _overig.',
      recodings: e.recodings,
      withheld: e.withheld,
      withheldNote: 'Left empty: the columns of an indicator whose overall figure is hidden.',
    },
    scrubbing: 'Open text: e-mail addresses, phone numbers, BSNs, IBANs and postcodes replaced with [verwijderd].',
    changes,
    variables: e.columns.map((c: Column) => ({
      name: c.name,
      question: c.question,
      kind: c.kind,
      type: c.type,
      background: c.background,
      special: c.special,
      text: c.title,
      values: c.values.map((v) => ({ code: v.code, label: v.label })),
      change: changes.added.includes(c.name) ? 'added' : changed.has(c.name) ? { added: changed.get(c.name)!.added, removed: changed.get(c.name)!.removed } : null,
    })),
  };
}
