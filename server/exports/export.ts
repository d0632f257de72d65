import type { Client } from '@libsql/client';
import { previousWaveOf } from '../../analysis/indicators/analyse.ts';
import { answerPages } from '../db/answer-pages.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';
import { releasePlan } from '../../analysis/indicators/release-plan.ts';
import { getWaveDefinition } from '../db/waves.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { coarsen, type Cell, type Recoding } from './coarsen.ts';
import { cell, exportColumns, type Column } from './columns.ts';
import { scrub } from '../../analysis/open-text/scrub.ts';
import { codeByReleasePlan } from './release-codes.ts';

/** A wave's row-level export: columns, rows (scrubbed, coarsened, shuffled) and how it was coarsened. */
export interface WaveExport {
  wave: Wave;
  columns: Column[];
  rows: Cell[][];
  /** The k every combination of background values was coarsened to. */
  k: number;
  /** Values merged into `_overig`, in order ('' is unknown). */
  recodings: { column: string; from: string }[];
  /** False when even with every background value blank the wave has fewer than k rows. */
  satisfied: boolean;
  /** Columns left empty: they belong to an indicator whose overall figure is hidden (release-codes.ts). */
  withheld: string[];
}

const parse = (text: string): JsonObject => {
  try {
    const v: unknown = JSON.parse(text);
    return isPlainObject(v) ? v : {};
  } catch {
    return {};
  }
};

/** Fisher-Yates with a cryptographic source: the export's order says nothing about storage order. */
function shuffle<T>(items: T[]): T[] {
  const random = new Uint32Array(1);
  for (let i = items.length - 1; i > 0; i--) {
    crypto.getRandomValues(random);
    const j = random[0]! % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Reads every answer of a wave and builds its export. The whole wave is held in memory, because
 * coarsening needs every combination; O(rows × columns).
 */
export async function buildExport(client: Client, wave: Wave): Promise<WaveExport> {
  const definition = (await getWaveDefinition(client, wave.id)) as JsonObject;
  const stored: { answers: JsonObject; attributes: JsonObject }[] = [];
  const attributes = new Map<string, Set<string>>();
  for await (const page of answerPages(client, wave.surveyId, wave.period)) {
    for (const s of page) {
      const row = { answers: parse(s.answers), attributes: parse(s.attributes) };
      for (const [name, value] of Object.entries(row.attributes)) {
        if (typeof value !== 'string') continue;
        if (!attributes.has(name)) attributes.set(name, new Set());
        attributes.get(name)!.add(value);
      }
      stored.push(row);
    }
  }
  const columns = exportColumns(definition, attributes);
  const rows = stored.map(({ answers, attributes }) =>
    columns.map((c) => {
      const v = cell(c, answers, attributes);
      return c.kind === 'text' && typeof v === 'string' ? scrub(v) : v;
    }),
  );
  // The groups every other product shows, then k rows per combination (export codes by the same plan as the report).
  const planned = codeByReleasePlan(await releasePlan(databaseAnswerSource(client), wave), columns, rows);
  const background = columns.flatMap((c, i) => (c.background ? [i] : []));
  const k = columns.some((c) => c.background && c.special) ? wave.kSpecial : wave.kMin;
  const { steps, satisfied } = coarsen(rows, background, k);
  // Background values merged away (and "zeg ik liever niet", now blank) are left out of the labels too.
  columns.forEach((c, i) => {
    if (!c.background) return;
    const left = new Set(rows.map((r) => String(r[i])));
    c.values = c.values.filter((v) => left.has(String(v.code)));
  });
  const recodings = [...planned.steps, ...steps].map((s: Recoding) => ({ column: columns[s.column]!.name, from: s.from }));
  return { wave, columns, rows: shuffle(rows), k, recodings, satisfied, withheld: planned.withheld };
}

/** Variables and values added or removed since the survey version the previous wave fielded. */
export interface Changes {
  previousWave: string | null;
  previousVersion: string | null;
  added: string[];
  removed: string[];
  values: { variable: string; added: (string | number)[]; removed: (string | number)[] }[];
}

export async function changesSincePrevious(client: Client, wave: Wave, columns: Column[]): Promise<Changes> {
  const previous = await previousWaveOf(databaseAnswerSource(client), wave);
  if (previous === undefined) return { previousWave: null, previousVersion: null, added: [], removed: [], values: [] };
  const before = exportColumns((await getWaveDefinition(client, previous.id)) as JsonObject, new Map()).filter((c) => c.kind !== 'attribute');
  const now = columns.filter((c) => c.kind !== 'attribute');
  const byName = new Map(before.map((c) => [c.name, c]));
  const names = new Set(now.map((c) => c.name));
  const values: Changes['values'] = [];
  for (const c of now) {
    const old = byName.get(c.name);
    if (old === undefined) continue;
    const was = new Set(old.values.map((v) => String(v.code)));
    const is = new Set(c.values.map((v) => String(v.code)));
    const added = c.values.filter((v) => !was.has(String(v.code))).map((v) => v.code);
    const removed = old.values.filter((v) => !is.has(String(v.code))).map((v) => v.code);
    if (added.length > 0 || removed.length > 0) values.push({ variable: c.name, added, removed });
  }
  return {
    previousWave: previous.period,
    previousVersion: previous.surveyVersion,
    added: now.filter((c) => !byName.has(c.name)).map((c) => c.name),
    removed: before.filter((c) => !names.has(c.name)).map((c) => c.name),
    values,
  };
}
