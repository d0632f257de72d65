/**
 * `npm run analyse -- --wave 2026-H1 [--survey ID] [--format json|csv|html] [--out DIR]`: every
 * indicator of the wave, overall and per group, compared with the previous wave, after disclosure
 * control. Writes to standard output, or one file per survey into DIR; html writes one report,
 * DIR/monitor-<period>.html (DIR defaults to the current directory). Bad arguments: usage, exit 2;
 * no such wave: exit 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentError, parseArguments } from '../../survey-format/command-line/arguments.ts';
import { inLanguage } from '../../survey-format/command-line/bilingual.ts';
import { cliLanguage } from '../../survey-format/command-line/language.ts';
import { openDatabase, type Database } from '../db/open.ts';
import { DatabaseRefusal } from '../db/refusal.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';
import { parseEnv } from '../env.ts';
import { analysePeriod, outputRows, toCsv, toJson, WaveNotFoundError, type SurveyReport } from '../../analysis/indicators/index.ts';
import { analyseProcedures, type ProcedureReport } from '../../analysis/procedures/analyse-procedures.ts';
import { rowsWithAgreementTargets } from '../../analysis/procedures/agreement-targets.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { databaseProcedureSource } from '../db/procedure-source.ts';
import { openTexts, openTextsBeside } from '../../analysis/open-text/index.ts';
import { groupLabels, monitorReport, reportFileName } from '../../analysis/report/index.ts';
import { buildMonitor } from '../../analysis/monitor/build.ts';
import { integralMonitorFileName, renderIntegralMonitor } from '../../analysis/monitor/report.ts';
import { databaseMonitorSources } from '../monitor/sources.ts';
import { ANALYSE_MESSAGES } from './analyse-messages.ts';

const PERIOD = /^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/;
const HALF_YEAR = /^\d{4}-H[12]$/;

/** The surveys' reports; none, rather than "no such wave", when only registers have figures for the period. */
async function surveysOrNone(reports: Promise<SurveyReport[]>, procedures: readonly ProcedureReport[]): Promise<SurveyReport[]> {
  try {
    return await reports;
  } catch (e) {
    if (e instanceof WaveNotFoundError && procedures.length > 0) return [];
    throw e;
  }
}
const SURVEY_ID = /^[a-z][a-z0-9-]*$/;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const processIo: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env };

/** Runs the command; returns its exit code. Speaks Dutch unless `--lang en` or `LANG=en*` in `io.env`. */
export async function main(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const { language, rest: argv, problem } = cliLanguage(args, io.env);
  const says = inLanguage(ANALYSE_MESSAGES, language);
  const usage = (problem: string) => {
    io.err(`${problem}\n\n${says.usage}\n`);
    return 2;
  };
  if (problem !== undefined) return usage(problem);
  let values: { wave?: string; survey?: string; format?: string; out?: string; monitor?: boolean; help?: boolean };
  try {
    ({ values } = parseArguments({
      args: [...argv],
      options: {
        wave: { type: 'string' },
        survey: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        monitor: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }, language));
  } catch (e) {
    if (e instanceof ArgumentError) return usage(e.message);
    throw e;
  }
  if (values.help) {
    io.out(`${says.usage}\n`);
    return 0;
  }
  const { wave, survey, out } = values;
  const format = values.format ?? 'json';
  if (wave === undefined) return usage(says.waveRequired);
  if (!PERIOD.test(wave)) return usage(says.notPeriod(wave));
  if (survey !== undefined && !SURVEY_ID.test(survey)) return usage(says.notSurveyId(survey));
  if (format !== 'json' && format !== 'csv' && format !== 'html') return usage(says.format(format));
  if (out !== undefined && out.trim() === '') return usage(says.outEmpty);
  if (values.monitor && !HALF_YEAR.test(wave)) return usage(says.monitorHalfYear(wave));
  if (values.monitor && (survey !== undefined || values.format !== undefined)) return usage(says.monitorAlone);

  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(io.env, language);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
  let db: Database;
  try {
    db = await openDatabase(env.DATABASE_URL);
  } catch (e) {
    if (!(e instanceof DatabaseRefusal)) throw e;
    io.err(`${e.in(language)}\n`);
    return 1;
  }
  const source = databaseAnswerSource(db.client);
  try {
    if (values.monitor) {
      const monitor = await buildMonitor(databaseMonitorSources(db.client, loadCatalog(env.SURVEYS_DIR)), wave);
      const dir = out ?? '.';
      mkdirSync(dir, { recursive: true });
      for (const [extension, text] of [['html', renderIntegralMonitor(monitor)], ['json', `${JSON.stringify(monitor, null, 2)}\n`]] as const) {
        const file = join(dir, integralMonitorFileName(wave, extension));
        writeFileSync(file, text);
        io.err(`${file}: ${Math.round(Buffer.byteLength(text) / 1024)} KB\n`);
      }
      return 0;
    }
    // The registers' "% procedures gelukt" of the same half-year (analysis/procedures), when any has records then.
    const procedures = HALF_YEAR.test(wave)
      ? (await analyseProcedures(databaseProcedureSource(db.client, loadCatalog(env.SURVEYS_DIR)), wave)).filter((p) => survey === undefined || p.register === survey)
      : [];
    if (format === 'html') {
      const html = await monitorReport(source, wave, survey, {}, procedures);
      const dir = out ?? '.';
      mkdirSync(dir, { recursive: true });
      const file = join(dir, reportFileName(wave));
      writeFileSync(file, html);
      io.err(`${file}: ${Math.round(Buffer.byteLength(html) / 1024)} KB\n`);
      return 0;
    }
    // JSON: each wave's open answers are collected in the pass that tallies it, not read again.
    const texts = openTextsBeside();
    const analysed = await surveysOrNone(analysePeriod(source, wave, survey, format === 'json' ? { readersOf: texts.readersOf } : {}), procedures);
    // JSON carries each survey's open answers too (scrubbed, whole wave only, above kSpecial); CSV is one row per figure.
    const reports =
      format === 'json'
        ? await Promise.all(
            analysed.map(async (r) => {
              const w = await source.wave(r.waveId);
              return { ...r, openTexts: w === undefined ? [] : await openTexts(source, w, { collected: texts.of(w.id) }) };
            }),
          )
        : analysed;
    const label = format === 'csv' ? await groupLabels(source, reports, procedures) : undefined;
    const render = (rs: typeof reports, ps: readonly ProcedureReport[]) =>
      format === 'csv' ? toCsv([...rs.flatMap(outputRows), ...ps.flatMap((p) => rowsWithAgreementTargets(p.rows, p.targets))], label) : toJson(wave, rs, ps.length > 0 ? ps : undefined);
    if (out === undefined) {
      io.out(render(reports, procedures));
    } else {
      mkdirSync(out, { recursive: true });
      for (const report of reports) {
        const file = join(out, `${report.survey}-${wave}.${format}`);
        writeFileSync(file, render([report], []));
        const rows = outputRows(report);
        io.err(`${says.rows(file, rows.length, rows.filter((r) => !r.shown).length)}\n`);
      }
      for (const p of procedures) {
        const file = join(out, `${p.register}-${wave}.${format}`);
        writeFileSync(file, render([], [p]));
        io.err(`${says.rows(file, p.rows.length, p.rows.filter((r) => !r.shown).length)}\n`);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof WaveNotFoundError) {
      io.err(`${survey === undefined ? says.noWave(wave) : says.noSurveyWave(survey, wave)}\n`);
      return 1;
    }
    throw e;
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
