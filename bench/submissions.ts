/**
 * Benchmark: durable submissions per second and latency, against the ceiling of the storage path
 * alone (storage-ceiling.ts: the same rows committed in groups, no HTTP), measured in the same run,
 * with a bare Hono endpoint that only parses the body beside it for context. Each request carries its own idempotency key and single-use invitation
 * credential, and a valid answer set for the inclusion survey (31 questions). Beside it, the exchange
 * of invitation tokens for blind signatures, which every respondent makes once, when opening the link,
 * the same app on its answers file as before docs/decisions/010, and what keeping pages canonical
 * (decision 024) costs the storage path.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { Credential } from '../server/credentials/credential.ts';
import { compileSurvey } from '../survey-format/validation/index.ts';
import { storageAsTablesGrow, storageCeiling, type CeilingResult } from './storage-ceiling.ts';
import { cpuSeconds } from './cpu.ts';
import { benchAnswerSets } from './validate.ts';
import { fillChoices } from '../survey-format/organisation/choices-from.ts';

export interface LoadResult {
  connections: number;
  perSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Answers 500-599. */
  serverErrors: number;
  /** Requests that got no answer: connection errors and timeouts. */
  errors: number;
  /** CPU per answered request (ms) of the server's event loop (its main thread) and of its whole process; 0 where not measured. */
  mainCpuMs: number;
  processCpuMs: number;
}

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [10, 50, 200];
/** Credentials made for the run: enough for SECONDS at each number of connections on this machine. */
const CREDENTIALS = Number(process.env.BENCH_CREDENTIALS ?? 30_000);
const PATH = '/api/surveys/inclusie/responses';

/** Valid answer sets for the inclusion survey, as the validator cleans them. */
export function inclusionAnswers(): Record<string, unknown>[] {
  const def = fillChoices(JSON.parse(readFileSync(new URL('../surveys/inclusie.json', import.meta.url), 'utf8'))).json as { survey: Record<string, unknown> };
  const validator = compileSurvey(def.survey);
  const valid = benchAnswerSets(def.survey, 3000)
    .map((a) => validator.validate(a))
    .flatMap((r) => (r.ok ? [r.answers] : []));
  if (valid.length < 100) throw new Error(`only ${valid.length} valid answer sets generated`);
  return valid;
}

/** The servers measured (bench/submission-server.ts): the ceiling, Peil, and Peil without its file measures. */
const MODES = ['bare', 'peil', 'peil-before'] as const;
type Mode = (typeof MODES)[number];
/** BENCH_MODES=bare,peil measures only those (a quick run while working); the others print as 0. */
const MEASURED = new Set((process.env.BENCH_MODES?.split(',') ?? MODES) as Mode[]);

/** Starts bench/submission-server.ts in its own process; `databaseUrl` puts Peil's answers on a libSQL server. */
export async function startServer(mode: Mode, tokens: number, credentials: number, out: string, databaseUrl?: string) {
  const args = [mode, String(tokens), String(credentials), out, ...(databaseUrl ? [databaseUrl] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./submission-server.ts', import.meta.url).pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { port: (JSON.parse(line) as { port: number }).port, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/** Loads one server, or several with the connections spread evenly over them, for SECONDS. */
export async function load(port: number | number[], connections: number, path: string, next: () => { key?: string; body: string }): Promise<LoadResult> {
  const result = await autocannon({
    // autocannon spreads the connections over a list of URLs (lib/run.js); its types know only one.
    url: [port].flat().map((p) => `http://127.0.0.1:${p}`) as unknown as string,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const { key, body } = next();
          return { ...req, headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body };
        },
      },
    ],
  });
  const serverErrors = Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, s]) => n + (code.startsWith('5') ? (s.count ?? 0) : 0), 0);
  return { connections, perSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, serverErrors, errors: result.errors + result.timeouts, mainCpuMs: 0, processCpuMs: 0 };
}

/** A blinded message as a browser's Blind step makes it: a uniformly random number below the modulus. */
function randomBelow(modulus: Buffer): string {
  const m = randomBytes(modulus.length);
  m[0] = m[0]! % modulus[0]!;
  return m.toString('base64url');
}

type Growth = (CeilingResult & { rows: number })[];
export type SubmissionBench = Record<Mode, LoadResult[]> & { exchange: LoadResult; ceiling: CeilingResult[]; keptCeiling: CeilingResult[]; growth: { plain: Growth; kept: Growth } };

/** How many answers the storage path writes into one growing file, with and without canonical pages. */
const GROWTH_ROWS = Number(process.env.BENCH_GROWTH_ROWS ?? 40_000);

/**
 * Runs each server at 10, 50 and 200 connections, and on Peil first the exchange of invitation
 * tokens for blind signatures at 50. Every Peil server gets the same set-up (100,000 links, its own
 * credentials); each submission spends its own credential (a blind-signed credential as a browser
 * holds it after the exchange); each exchange uses up its own token.
 */
export async function runSubmissionBench(): Promise<SubmissionBench> {
  const answers = inclusionAnswers();
  const results = {} as Record<Mode, LoadResult[]>;
  let exchange: LoadResult | undefined;
  const ceiling: CeilingResult[] = [];
  const keptCeiling: CeilingResult[] = [];
  for (const c of CONNECTIONS) {
    ceiling.push(await storageCeiling(c, SECONDS, answers[0]!));
    keptCeiling.push(await storageCeiling(c, SECONDS, answers[0]!, true));
  }
  const growth = { plain: await storageAsTablesGrow(50, GROWTH_ROWS, answers[0]!, false), kept: await storageAsTablesGrow(50, GROWTH_ROWS, answers[0]!, true) };
  for (const mode of MODES) {
    const run = MEASURED.has(mode) ? await runMode(mode, answers) : { submissions: CONNECTIONS.map(unmeasured) };
    results[mode] = run.submissions;
    exchange ??= run.exchange;
  }
  return { ...results, exchange: exchange ?? unmeasured(50), ceiling, keptCeiling, growth };
}

/** Starts one server, measures it at every number of connections (and the exchange on `peil`), stops it. */
async function runMode(mode: Mode, answers: Record<string, unknown>[]): Promise<{ submissions: LoadResult[]; exchange?: LoadResult }> {
  const out = join(tmpdir(), `peil-bench-${process.pid}.json`);
  const server = mode === 'bare' ? await startServer(mode, 0, 0, out) : await startServer(mode, 100_000, CREDENTIALS, out);
  try {
    if (mode === 'bare') {
      return { submissions: await atEveryConnectionCount(server, () => ({ key: crypto.randomUUID(), body: JSON.stringify({ answers: answers[0] }) })) };
    }
    const made = JSON.parse(readFileSync(out, 'utf8')) as { tokens: string[]; modulus: string; credentials: Credential[] };
    rmSync(out);
    // Respondents open their links before they answer: the exchanges first.
    const exchange = mode === 'peil' ? await exchanges(server.port, made) : undefined;
    let spent = 0;
    const submissions = await atEveryConnectionCount(server, () => {
      const credential = made.credentials[spent % made.credentials.length];
      return { key: crypto.randomUUID(), body: JSON.stringify({ answers: answers[spent++ % answers.length], credential }) };
    });
    if (spent > made.credentials.length) throw new Error(`${mode}: used ${spent} credentials of ${made.credentials.length}; raise BENCH_CREDENTIALS`);
    return { submissions, exchange };
  } finally {
    server.stop();
  }
}

const unmeasured = (connections: number): LoadResult => ({ connections, perSec: 0, p50: 0, p99: 0, non2xx: 0, serverErrors: 0, errors: 0, mainCpuMs: 0, processCpuMs: 0 });

/** Loads the server at each number of connections, with the CPU its event loop and its process spent per answered request. */
async function atEveryConnectionCount(server: { port: number; pid: number }, next: () => { key?: string; body: string }): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const cpu = () => ({ main: cpuSeconds(server.pid, server.pid), process: cpuSeconds(server.pid) });
  for (const c of CONNECTIONS) {
    const before = cpu();
    const result = await load(server.port, c, PATH, next);
    const after = cpu();
    const answered = Math.max(1, result.perSec * SECONDS);
    results.push({ ...result, mainCpuMs: ((after.main - before.main) * 1000) / answered, processCpuMs: ((after.process - before.process) * 1000) / answered });
  }
  return results;
}

async function exchanges(port: number, made: { tokens: string[]; modulus: string }): Promise<LoadResult> {
  const modulus = Buffer.from(made.modulus, 'base64url');
  let used = 0;
  const result = await load(port, 50, '/api/invitations/exchange', () => ({
    body: JSON.stringify({ token: made.tokens[used++], blindedMessage: randomBelow(modulus) }),
  }));
  if (used > made.tokens.length) throw new Error('ran out of invitation tokens; raise the count');
  return result;
}

const pad = (v: number | string, width: number) => String(v).padStart(width);

/** Prints Peil against the storage ceiling and the bare endpoint, the exchange, and Peil against its answers file before decision 010. */
export function printSubmissionBench(s: SubmissionBench): void {
  console.log('submissions (inclusie, 31 questions, blind-signed invitation credentials, WAL + synchronous=FULL) vs the storage ceiling (same rows in groups, no HTTP) and a bare Hono endpoint:');
  console.log('connections | peil/s | p50 ms | p99 ms | storage/s | commit p99 ms | peil/storage | bare/s | peil/bare | non-2xx | CPU ms an answer: event loop / process (bare)');
  for (const [i, p] of s.peil.entries()) {
    const b = s.bare[i]!;
    const st = s.ceiling[i]!;
    console.log(
      `${pad(p.connections, 11)} | ${pad(p.perSec.toFixed(0), 6)} | ${pad(p.p50, 6)} | ${pad(p.p99, 6)} | ${pad(st.perSec.toFixed(0), 9)} | ${pad(st.commitP99, 13)} | ${pad((p.perSec / st.perSec).toFixed(2), 12)} | ${pad(b.perSec.toFixed(0), 6)} | ${pad((p.perSec / b.perSec).toFixed(2), 9)} | ${pad(p.non2xx, 7)} | ${p.mainCpuMs.toFixed(2)} / ${p.processCpuMs.toFixed(2)} (${b.mainCpuMs.toFixed(2)} / ${b.processCpuMs.toFixed(2)})`,
    );
  }
  const at50 = s.peil.find((p) => p.connections === 50)!;
  const storage50 = s.ceiling.find((p) => p.groupSize === 50)!;
  const ratio = at50.perSec / storage50.perSec;
  console.log(
    `target at 50 connections: >= 0.6 of the storage ceiling (${ratio.toFixed(2)}: ${ratio >= 0.6 ? 'met' : 'MISSED'}), p99 < 50 ms (${at50.p99} ms: ${at50.p99 < 50 ? 'met' : 'MISSED'})`,
  );
  const x = s.exchange;
  console.log(
    `exchanges of invitation tokens for blind signatures (one per respondent, when the link is opened), 50 connections: ${x.perSec.toFixed(0)}/s, p50 ${x.p50} ms, p99 ${x.p99} ms, non-2xx ${x.non2xx}, no answer ${x.errors}`,
  );

  console.log('\nkeeping pages canonical (docs/decisions/024): the storage path alone, as above, with each group\'s pages made canonical before its COMMIT:');
  console.log('group size | storage/s | commit p50 ms | with canonical pages/s | commit p50 ms | canonicalizing p50 ms | p99 ms | ratio');
  for (const [i, st] of s.ceiling.entries()) {
    const k = s.keptCeiling[i]!;
    console.log(
      `${pad(st.groupSize, 10)} | ${pad(st.perSec.toFixed(0), 9)} | ${pad(st.commitP50, 13)} | ${pad(k.perSec.toFixed(0), 22)} | ${pad(k.commitP50, 13)} | ${pad(k.keepP50, 21)} | ${pad(k.keepP99, 6)} | ${pad((k.perSec / st.perSec).toFixed(2), 5)}`,
    );
  }

  console.log(`\nthe same as the tables grow: groups of 50 into one file until it holds ${GROWTH_ROWS} answers, without and with canonical pages, per quarter:`);
  console.log('answers at its end | storage/s | commit p50 ms | with canonical pages/s | commit p50 ms | canonicalizing p50 ms | p99 ms | ratio');
  for (const [i, st] of s.growth.plain.entries()) {
    const k = s.growth.kept[i]!;
    console.log(
      `${pad(st.rows, 18)} | ${pad(st.perSec.toFixed(0), 9)} | ${pad(st.commitP50, 13)} | ${pad(k.perSec.toFixed(0), 22)} | ${pad(k.commitP50, 13)} | ${pad(k.keepP50, 21)} | ${pad(k.keepP99, 6)} | ${pad((k.perSec / st.perSec).toFixed(2), 5)}`,
    );
  }

  console.log('\nwhat the file measures cost (docs/decisions/010, 024): the same app and credentials on the answers file as before them:');
  console.log('connections | before/s | p99 ms | peil/s | p99 ms | peil/before | non-2xx before');
  for (const [i, p] of s.peil.entries()) {
    const before = s['peil-before'][i]!;
    console.log(
      `${pad(p.connections, 11)} | ${pad(before.perSec.toFixed(0), 8)} | ${pad(before.p99, 6)} | ${pad(p.perSec.toFixed(0), 6)} | ${pad(p.p99, 6)} | ${pad((p.perSec / before.perSec).toFixed(2), 11)} | ${before.non2xx}`,
    );
  }
}
