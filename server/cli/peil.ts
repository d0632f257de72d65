import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ArgumentError, parseArguments } from '../../survey-format/command-line/arguments.ts';
import { inLanguage } from '../../survey-format/command-line/bilingual.ts';
import { cliLanguage, type Language } from '../../survey-format/command-line/language.ts';
import { createAssignments } from '../assignments/create.ts';
import { assignmentLinksCsv } from '../assignments/csv.ts';
import { parseTargetsCsv } from '../assignments/targets-csv.ts';
import { ZTargets } from '../assignments/targets.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { getWave, listWaves } from '../db/waves.ts';
import { openDatabase, type Database } from '../db/open.ts';
import { errorText } from '../db/refusal.ts';
import { parseEnv } from '../env.ts';
import { Problem, type FieldProblem } from '../errors.ts';
import { fieldText, problemTitle } from '../problem-text.ts';
import { PEIL_MESSAGES } from './peil-messages.ts';
import { zodProblems } from '../zod-problems.ts';
import { retentionEnd, wavesPastRetention } from '../retention/due.ts';
import { sweepLines, sweepRetention } from '../retention/sweep.ts';
import { responseCounts } from '../waves/response-counts.ts';
import { waveStatus, type WaveMode } from '../../survey-format/wave.ts';
import { closeWave, createInvitations, createWave, invitationLink } from '../waves/waves.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs one command; returns the process exit code. Output goes to `out`, problems to `err`, in
 * Dutch unless `--lang en` or `LANG=en*` in `processEnv` (survey-format/command-line/language.ts).
 */
export async function runCli(args: string[], out = console.log, err = console.error, processEnv = process.env): Promise<number> {
  const { language, rest: argv, problem } = cliLanguage(args, processEnv);
  const says = inLanguage(PEIL_MESSAGES, language);
  let db: Database | undefined;
  // What a command names, to say which one does not exist.
  let subject: { kind: 'survey' | 'wave'; id: string } | undefined;
  const parse = <O extends NonNullable<Options>>(args: string[], options: O) => parseArguments({ args, options, allowPositionals: true }, language);
  const one = (positionals: string[], kind: 'survey' | 'wave'): string => {
    const name = kind === 'survey' ? says.surveyId : says.waveId;
    if (positionals.length !== 1) throw new ArgumentError(says.expectedOne(name, positionals.length));
    subject = { kind, id: positionals[0]! };
    return positionals[0]!;
  };
  try {
    if (problem !== undefined) throw new ArgumentError(problem);
    const [group, action] = argv;
    if (!group || group === '--help' || group === 'help') {
      out(says.usage);
      return group ? 0 : 2;
    }
    const env = parseEnv(processEnv, language);
    const now = new Date();
    const open = async () => {
      // The staff database only takes what an older answers database still holds (migration 007).
      const staff = await openDatabase(env.STAFF_DATABASE_URL, { schema: 'staff' });
      try {
        return (db = await openDatabase(env.DATABASE_URL, { staff: staff.client }));
      } finally {
        staff.close();
      }
    };
    if (group === 'wave' && action === 'create') {
      const { values, positionals } = parse(argv.slice(2), {
        period: { type: 'string' },
        opens: { type: 'string' },
        closes: { type: 'string' },
        mode: { type: 'string' },
        k: { type: 'string' },
        'k-special': { type: 'string' },
        'retention-days': { type: 'string' },
      });
      const surveyId = one(positionals, 'survey');
      const catalog = loadCatalog(resolve(projectRoot, env.SURVEYS_DIR));
      const wave = await createWave((await open()).client, catalog, surveyId, {
        period: values.period,
        opensOn: values.opens,
        closesOn: values.closes,
        mode: values.mode as WaveMode | undefined,
        kMin: values.k,
        kSpecial: values['k-special'],
        retentionDays: values['retention-days'],
      } as never, now);
      out(says.created(wave.id, wave.surveyId, wave.surveyVersion, wave.opensOn, wave.closesOn, wave.mode, `${wave.kMin}/${wave.kSpecial}`, wave.retentionDays));
      return 0;
    }
    if (group === 'wave' && action === 'close') {
      const id = one(parse(argv.slice(2), {}).positionals, 'wave');
      await closeWave((await open()).client, id);
      out(says.closed(id));
      return 0;
    }
    if (group === 'wave' && action === 'list') {
      const { positionals } = parse(argv.slice(2), {});
      const waves = await listWaves((await open()).client, positionals[0]);
      if (waves.length === 0) out(says.noWaves);
      const statusWord = { planned: says.planned, open: says.open, closed: says.closedStatus };
      for (const w of waves) {
        const status = w.purgedOn ? `${statusWord[waveStatus(w, now)]}, ${says.answersDeleted(w.purgedOn)}` : statusWord[waveStatus(w, now)];
        out(`${w.id}\t${w.surveyVersion}\t${w.opensOn}..${w.closesOn}\t${w.mode}\t${status}`);
      }
      return 0;
    }
    if (group === 'wave' && action === 'status') {
      const id = one(parse(argv.slice(2), {}).positionals, 'wave');
      const client = (await open()).client;
      const wave = await getWave(client, id);
      if (!wave) throw new Problem(404, 'not-found', `Wave "${id}" does not exist.`);
      out(JSON.stringify(await responseCounts(client, wave, now), null, 2));
      return 0;
    }
    if (group === 'invite') {
      const { values, positionals } = parse(argv.slice(1), {
        count: { type: 'string' },
        attr: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        out: { type: 'string' },
      });
      const waveId = one(positionals, 'wave');
      if (!values.count || !/^\d+$/.test(values.count)) throw new ArgumentError(says.countRequired);
      const attributes = Object.fromEntries(
        (values.attr ?? []).map((a) => {
          const m = /^([^=]+)=(.+)$/.exec(a);
          if (!m) throw new ArgumentError(says.attrFormat(a));
          return [m[1]!, m[2]!];
        }),
      );
      if (values.out && existsSync(values.out)) throw new ArgumentError(says.outExists(values.out));
      const { wave, tokens } = await createInvitations((await open()).client, waveId, Number(values.count), attributes, now);
      const base = values['base-url'] ?? `http://${env.HOST}:${env.PORT}`;
      const csv = ['link', ...tokens.map((t) => invitationLink(base, wave.surveyId, t))].join('\n') + '\n';
      if (values.out) {
        writeFileSync(values.out, csv, { mode: 0o600, flag: 'wx' });
        err(`${says.wroteLinks(tokens.length, wave.id, values.out)} ${says.onceOnly}`);
      } else {
        await new Promise<void>((r) => process.stdout.write(csv, () => r()));
        err(`${says.links(tokens.length, wave.id)} ${says.onceOnly}`);
      }
      return 0;
    }
    if (group === 'assign') {
      const { values, positionals } = parse(argv.slice(1), {
        targets: { type: 'string' },
        'base-url': { type: 'string' },
        out: { type: 'string' },
      });
      const waveId = one(positionals, 'wave');
      if (!values.targets) throw new ArgumentError(says.targetsRequired);
      if (!existsSync(values.targets)) throw new ArgumentError(says.targetsMissing(values.targets));
      if (values.out && existsSync(values.out)) throw new ArgumentError(says.outExists(values.out));
      const parsed = ZTargets.safeParse(parseTargetsCsv(readFileSync(values.targets, 'utf8')));
      const invalid = (fields: FieldProblem[]) => new TargetsError(says.invalidTargets(values.targets!, fields.length), fields.map(onLine(language)));
      if (!parsed.success) throw invalid(zodProblems(parsed.error, ['targets']));
      const created = await createAssignments((await open()).client, waveId, parsed.data, now).catch((e: unknown) => {
        throw e instanceof Problem && e.type.endsWith(':invalid-targets') ? invalid(e.fields ?? []) : e;
      });
      const { wave, assignments } = created;
      const csv = assignmentLinksCsv(values['base-url'] ?? `http://${env.HOST}:${env.PORT}`, assignments);
      if (values.out) {
        writeFileSync(values.out, csv, { mode: 0o600, flag: 'wx' });
        err(`${says.wroteAssignmentLinks(assignments.length, wave.id, values.out)} ${says.onceOnly}`);
      } else {
        await new Promise<void>((r) => process.stdout.write(csv, () => r()));
        err(`${says.assignmentLinks(assignments.length, wave.id)} ${says.onceOnly}`);
      }
      return 0;
    }
    if (group === 'retention') {
      const { values } = parse(argv.slice(1), { 'dry-run': { type: 'boolean' } });
      const client = (await open()).client;
      if (values['dry-run']) {
        const due = await wavesPastRetention(client, now);
        if (due.length === 0) out(says.noneDue);
        for (const { wave, answers } of due) out(says.wouldPurge(wave.id, retentionEnd(wave), answers));
        return 0;
      }
      const result = await sweepRetention(client, now);
      const lines = sweepLines(result, language);
      if (lines.length === 0) out(says.noneDue);
      for (const line of lines) out(line);
      return result.failed.length === 0 ? 0 : 1;
    }
    throw new ArgumentError(says.unknownCommand(argv.slice(0, 2).join(' ')));
  } catch (e) {
    if (e instanceof ArgumentError) {
      err(`peil: ${e.message}\n\n${says.usage}`);
      return 2;
    }
    if (e instanceof TargetsError) {
      err(`peil: ${e.message}${fieldLines(e.fields, language)}`);
      return 1;
    }
    if (e instanceof Problem && e.type.endsWith(':not-found') && subject !== undefined) {
      err(`peil: ${subject.kind === 'survey' ? says.noSuchSurvey(subject.id) : says.noSuchWave(subject.id)}`);
      return 1;
    }
    if (e instanceof Problem) {
      err(`peil: ${problemTitle(e.type, language) ?? e.message}${fieldLines(e.fields ?? [], language)}`);
      return 1;
    }
    err(`peil: ${errorText(e, language)}`);
    return 1;
  } finally {
    db?.close();
  }
}

type Options = Parameters<typeof parseArgs>[0] extends infer P ? (P extends { options?: infer O } ? O : never) : never;

/** A targets file that does not fit, with its problems by line. */
class TargetsError extends Error {
  constructor(
    message: string,
    readonly fields: FieldProblem[],
  ) {
    super(message);
  }
}

/** The API's names of the fields a command sets, as the option that sets them. */
const FIELD_OPTIONS: Readonly<Record<string, string>> = {
  period: '--period',
  opensOn: '--opens',
  closesOn: '--closes',
  mode: '--mode',
  kMin: '--k',
  kSpecial: '--k-special',
  retentionDays: '--retention-days',
  count: '--count',
};

/** A refusal's fields, one line each, in `language`, each named by its option (`--attr directie` for `attributes.directie`). */
function fieldLines(fields: readonly FieldProblem[], language: Language): string {
  const name = (field: string) => FIELD_OPTIONS[field] ?? field.replace(/^attributes\./, '--attr ');
  return fields.map((f) => `\n  ${name(f.field)}: ${fieldText(f, language)}`).join('');
}

/** `targets.0.kind` as a line of the targets file: targets.0 is the line after the header, line 2. */
function onLine(language: Language): (f: FieldProblem) => FieldProblem {
  return (f) => {
    const m = /^targets\.(\d+)\.?(.*)$/.exec(f.field);
    return m ? { ...f, field: `${PEIL_MESSAGES.line[language](Number(m[1]) + 2)}${m[2] ? ` ${m[2]}` : ''}` } : f;
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
