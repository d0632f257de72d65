import { previousHalfYear, type RegisterUnit } from '../../survey-format/register/questions.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { ProcedureSource } from './procedure-source.ts';
import { agreementTargets, type AgreementTargetRow } from './agreement-targets.ts';
import { procedureRows } from './procedure-rows.ts';
import { compileRegister, labelsOf, tallyRegister } from './register-tally.ts';
import { ROONEY_QUESTION, withRooneyVerdicts } from './rooney-verdict.ts';

/** The smallest number of procedures behind a shown share, unless the caller says otherwise (the waves' default k). */
export const DEFAULT_PROCEDURE_K = 5;

export interface ProcedureOptions {
  confidence?: number;
  significance?: number;
  /** Smallest number of procedures with an answer behind a shown share; default {@link DEFAULT_PROCEDURE_K}. */
  k?: number;
  pageSize?: number;
}

/** "% procedures gelukt" of one register in one half-year, per directorate and breakdown. */
export interface ProcedureReport {
  register: string;
  /** The register's title and its breakdowns' and groups' texts, in Dutch, for the report and the workspace. */
  title: string;
  labels: Record<string, { label: string; groups: Record<string, string> }>;
  registerVersion: string;
  unit: RegisterUnit;
  period: string;
  previousPeriod: string;
  k: number;
  /** Records in the period (procedures, or directorates for a directorate register). */
  records: number;
  indicators: { id: string; title: string | null }[];
  /** Rows shaped as every other indicator row (kind `compliance`), so CSV and the report read them alike. */
  rows: IndicatorRow[];
  /** The register's agreement targets for this year, each beside its figure (agreement-targets.ts). */
  targets: AgreementTargetRow[];
}

/**
 * The performance-agreement indicators of every register with records in `period`: per agreement,
 * the share of procedures where it succeeded, overall, per directorate and per the register's
 * breakdowns, counted per procedure (record), "nvt" left out. Each share has a Wilson interval with
 * the finite-population correction over the procedures it applies to (a register lists the
 * procedures themselves, so with every one answered the share is exact), and its change since the
 * previous half-year, after the disclosure control of procedure-rows.ts.
 */
export async function analyseProcedures(source: ProcedureSource, period: string, options: ProcedureOptions = {}): Promise<ProcedureReport[]> {
  const reports: ProcedureReport[] = [];
  for (const definition of await source.registers()) {
    const { indicators, breakdowns } = compileRegister(definition);
    const previousPeriod = previousHalfYear(period);
    // The applicants' own registrations decide the Rooney Rule where the record does not say (rooney-verdict.ts).
    const feeds = indicators.some((i) => i.question === ROONEY_QUESTION) && source.rooneyVerdicts !== undefined;
    const pages = async (p: string) => {
      const records = source.recordPages(definition.id, p, options.pageSize);
      return feeds ? withRooneyVerdicts(records, await source.rooneyVerdicts!(p)) : records;
    };
    const current = await tallyRegister(await pages(period), indicators, breakdowns);
    if (current.records === 0) continue;
    const previous = await tallyRegister(await pages(previousPeriod), indicators, breakdowns);
    const k = options.k ?? DEFAULT_PROCEDURE_K;
    const rows = procedureRows({
      survey: definition.id,
      period,
      previousPeriod: previous.records > 0 ? previousPeriod : null,
      indicators,
      current,
      previous,
      k,
      finite: true,
      confidence: options.confidence,
      significance: options.significance,
    });
    reports.push({
      register: definition.id,
      title: definition.survey.title.default,
      labels: labelsOf(definition),
      registerVersion: definition.version,
      unit: definition.unit ?? 'procedure',
      period,
      previousPeriod,
      k,
      records: current.records,
      indicators: indicators.map((i) => ({ id: i.id, title: i.title })),
      rows,
      targets: agreementTargets(definition, period, rows),
    });
  }
  return reports;
}
