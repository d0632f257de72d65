import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createAssignments } from '../assignments/create.ts';
import { assignmentLinksCsv } from '../assignments/csv.ts';
import { parseTargetsCsv } from '../assignments/targets-csv.ts';
import { ZTargets } from '../assignments/targets.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { getWave, listWaves } from '../db/waves.ts';
import { openDatabase, type Database } from '../db/open.ts';
import { parseEnv } from '../env.ts';
import { Problem, type FieldProblem } from '../errors.ts';
import { zodProblems } from '../zod-problems.ts';
import { retentionEnd, wavesPastRetention } from '../retention/due.ts';
import { sweepLines, sweepRetention } from '../retention/sweep.ts';
import { responseCounts } from '../waves/response-counts.ts';
import { waveStatus, type WaveMode } from '../../survey-format/wave.ts';
import { closeWave, createInvitations, createWave, invitationLink } from '../waves/waves.ts';

const USAGE = `Usage: npm run peil -- <command>

  wave create <survey-id> [--period 2026-H2] [--opens YYYY-MM-DD] [--closes YYYY-MM-DD]
              [--mode invitation|open|assignment] [--k 5] [--k-special 10] [--retention-days 730]
  wave close <wave-id>
  wave list [survey-id]
  wave status <wave-id>
  invite <wave-id> --count N [--attr name=value ...] [--base-url URL] [--out links.csv]
  assign <wave-id> --targets targets.csv [--base-url URL] [--out links.csv]
         targets.csv: reference,directorate,kind,paired (paired: ja or nee); one link per
         assignment, two per paired target
  retention [--dry-run]
         delete the raw answers of closed waves past their retention period, keeping their
         published figures; --dry-run only lists those waves

Uses DATABASE_URL (default file:data/peil.db), STAFF_DATABASE_URL (default beside it) and SURVEYS_DIR
(default surveys), like npm start.`;

class UsageError extends Error {}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs one command; returns the process exit code. Output goes to `out`, problems to `err`. */
export async function runCli(argv: string[], out = console.log, err = console.error): Promise<number> {
  let db: Database | undefined;
  try {
    const [group, action] = argv;
    if (!group || group === '--help' || group === 'help') {
      out(USAGE);
      return group ? 0 : 2;
    }
    const env = parseEnv();
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
      const surveyId = one(positionals, 'survey-id');
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
      out(`Created wave ${wave.id}: ${wave.surveyId} ${wave.surveyVersion}, ${wave.opensOn} to ${wave.closesOn}, ${wave.mode}, k=${wave.kMin}/${wave.kSpecial}, raw answers kept ${wave.retentionDays} days.`);
      return 0;
    }
    if (group === 'wave' && action === 'close') {
      const id = one(parse(argv.slice(2), {}).positionals, 'wave-id');
      await closeWave((await open()).client, id);
      out(`Closed wave ${id}; its idempotency records are deleted.`);
      return 0;
    }
    if (group === 'wave' && action === 'list') {
      const { positionals } = parse(argv.slice(2), {});
      const waves = await listWaves((await open()).client, positionals[0]);
      if (waves.length === 0) out('No waves yet. Create one with: npm run peil -- wave create <survey-id>');
      for (const w of waves) {
        const status = w.purgedOn ? `${waveStatus(w, now)}, answers deleted ${w.purgedOn}` : waveStatus(w, now);
        out(`${w.id}\t${w.surveyVersion}\t${w.opensOn}..${w.closesOn}\t${w.mode}\t${status}`);
      }
      return 0;
    }
    if (group === 'wave' && action === 'status') {
      const id = one(parse(argv.slice(2), {}).positionals, 'wave-id');
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
      const waveId = one(positionals, 'wave-id');
      if (!values.count || !/^\d+$/.test(values.count)) throw new UsageError('--count N is required (a whole number)');
      const attributes = Object.fromEntries(
        (values.attr ?? []).map((a) => {
          const m = /^([^=]+)=(.+)$/.exec(a);
          if (!m) throw new UsageError(`--attr takes name=value, not "${a}"`);
          return [m[1]!, m[2]!];
        }),
      );
      if (values.out && existsSync(values.out)) throw new UsageError(`${values.out} exists; links are written once, to a new file`);
      const { wave, tokens } = await createInvitations((await open()).client, waveId, Number(values.count), attributes, now);
      const base = values['base-url'] ?? `http://${env.HOST}:${env.PORT}`;
      const csv = ['link', ...tokens.map((t) => invitationLink(base, wave.surveyId, t))].join('\n') + '\n';
      if (values.out) {
        writeFileSync(values.out, csv, { mode: 0o600, flag: 'wx' });
        err(`Wrote ${tokens.length} links for ${wave.id} to ${values.out}. They cannot be shown again: only their hashes are kept.`);
      } else {
        await new Promise<void>((r) => process.stdout.write(csv, () => r()));
        err(`${tokens.length} links for ${wave.id}. They cannot be shown again: only their hashes are kept.`);
      }
      return 0;
    }
    if (group === 'assign') {
      const { values, positionals } = parse(argv.slice(1), {
        targets: { type: 'string' },
        'base-url': { type: 'string' },
        out: { type: 'string' },
      });
      const waveId = one(positionals, 'wave-id');
      if (!values.targets) throw new UsageError('--targets targets.csv is required');
      if (!existsSync(values.targets)) throw new UsageError(`${values.targets} does not exist`);
      if (values.out && existsSync(values.out)) throw new UsageError(`${values.out} exists; links are written once, to a new file`);
      const parsed = ZTargets.safeParse(parseTargetsCsv(readFileSync(values.targets, 'utf8')));
      const invalid = (fields: FieldProblem[]) =>
        new Problem(422, 'invalid-targets', `${values.targets} has ${fields.length} problem(s):`, fields.map(onLine));
      if (!parsed.success) throw invalid(zodProblems(parsed.error, ['targets']));
      const created = await createAssignments((await open()).client, waveId, parsed.data, now).catch((e: unknown) => {
        throw e instanceof Problem && e.type.endsWith(':invalid-targets') ? invalid(e.fields ?? []) : e;
      });
      const { wave, assignments } = created;
      const csv = assignmentLinksCsv(values['base-url'] ?? `http://${env.HOST}:${env.PORT}`, assignments);
      const note = `They cannot be shown again: only their hashes are kept.`;
      if (values.out) {
        writeFileSync(values.out, csv, { mode: 0o600, flag: 'wx' });
        err(`Wrote ${assignments.length} assignment links for ${wave.id} to ${values.out}. ${note}`);
      } else {
        await new Promise<void>((r) => process.stdout.write(csv, () => r()));
        err(`${assignments.length} assignment links for ${wave.id}. ${note}`);
      }
      return 0;
    }
    if (group === 'retention') {
      const { values } = parse(argv.slice(1), { 'dry-run': { type: 'boolean' } });
      const client = (await open()).client;
      if (values['dry-run']) {
        const due = await wavesPastRetention(client, now);
        if (due.length === 0) out('No wave is past its retention period.');
        for (const { wave, answers } of due) out(`Would purge wave ${wave.id} (kept until ${retentionEnd(wave)}): ${answers} answers.`);
        return 0;
      }
      const result = await sweepRetention(client, now);
      const lines = sweepLines(result);
      if (lines.length === 0) out('No wave is past its retention period.');
      for (const line of lines) out(line);
      return result.failed.length === 0 ? 0 : 1;
    }
    throw new UsageError(`unknown command: ${argv.slice(0, 2).join(' ')}`);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`peil: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof Problem) {
      const fields = (e.fields ?? [])
        .filter((f) => !e.message.includes(f.message))
        .map((f) => `\n  ${f.field}: ${f.message}`)
        .join('');
      err(`peil: ${e.message}${fields}`);
      return 1;
    }
    err(`peil: ${(e as Error).message}`);
    return 1;
  } finally {
    db?.close();
  }
}

type Options = Parameters<typeof parseArgs>[0] extends infer P ? (P extends { options?: infer O } ? O : never) : never;

function parse<O extends NonNullable<Options>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** `targets.0.kind` as a line of the targets file: targets.0 is the line after the header, line 2. */
function onLine(f: FieldProblem): FieldProblem {
  const m = /^targets\.(\d+)\.?(.*)$/.exec(f.field);
  return m ? { ...f, field: `line ${Number(m[1]) + 2}${m[2] ? ` ${m[2]}` : ''}` } : f;
}

function one(positionals: string[], name: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected one <${name}>, got ${positionals.length}`);
  return positionals[0]!;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
