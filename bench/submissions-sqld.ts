/**
 * Benchmark: Peil on one libSQL server (sqld, started durable as the README starts it:
 * server/db/sqld.ts) with one API instance, then two (separate processes) under the same load, the
 * connections spread evenly over them. Each submission spends its own credential, as in
 * bench/submissions.ts, whose server and load generator this reuses. Target: two instances
 * >= 1.6x one, and no 5xx. Rerun alone with `npx tsx bench/submissions-sqld.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Credential } from '../server/credentials/credential.ts';
import { startSqld } from '../server/db/sqld.ts';
import { cpuSeconds } from './cpu.ts';
import { inclusionAnswers, load, SECONDS, startServer, type LoadResult } from './submissions.ts';

const CONNECTIONS = Number(process.env.BENCH_SQLD_CONNECTIONS ?? 50);
/** Credentials for both runs: a generous SECONDS at a few hundred a second, twice. */
const CREDENTIALS = Number(process.env.BENCH_SQLD_CREDENTIALS ?? 30_000);
const PATH = '/api/surveys/inclusie/responses';

/** A load result with the CPU that Peil's instances and sqld spent on it, per answered request (ms). */
export interface SqldLoad extends LoadResult {
  peilCpuMs: number;
  sqldCpuMs: number;
}

export interface SqldBench {
  one: SqldLoad;
  two: SqldLoad;
}

/** Runs `run` and adds the CPU the Peil processes and sqld spent during it, per request answered. */
async function withCpu(peil: number[], sqld: number, run: () => Promise<LoadResult>): Promise<SqldLoad> {
  const cpu = () => ({ peil: peil.reduce((s, pid) => s + cpuSeconds(pid), 0), sqld: cpuSeconds(sqld) });
  const before = cpu();
  const result = await run();
  const after = cpu();
  const answered = Math.max(1, result.perSec * SECONDS);
  return { ...result, peilCpuMs: ((after.peil - before.peil) * 1000) / answered, sqldCpuMs: ((after.sqld - before.sqld) * 1000) / answered };
}

export async function runSqldBench(): Promise<SqldBench> {
  const answers = inclusionAnswers();
  const dir = mkdtempSync(join(tmpdir(), 'peil-bench-sqld-'));
  const sqld = await startSqld({ dbPath: join(dir, 'sqld-data') });
  const out = join(dir, 'made.json');
  const stops: (() => void)[] = [];
  try {
    // The first instance sets up the wave and its credential key; it needs no links (no exchanges here).
    const first = await startServer('peil', 100, CREDENTIALS, out, sqld.url);
    stops.push(first.stop);
    const made = JSON.parse(readFileSync(out, 'utf8')) as { credentials: Credential[] };
    let spent = 0;
    const next = () => {
      const credential = made.credentials[spent % made.credentials.length];
      return { key: crypto.randomUUID(), body: JSON.stringify({ answers: answers[spent++ % answers.length], credential }) };
    };
    const sqldPid = sqld.process.pid!;
    const one = await withCpu([first.pid], sqldPid, () => load(first.port, CONNECTIONS, PATH, next));
    const second = await startServer('peil', 0, 0, out, sqld.url);
    stops.push(second.stop);
    const two = await withCpu([first.pid, second.pid], sqldPid, () => load([first.port, second.port], CONNECTIONS, PATH, next));
    if (spent > made.credentials.length) throw new Error(`used ${spent} credentials of ${made.credentials.length}; raise BENCH_SQLD_CREDENTIALS`);
    return { one, two };
  } finally {
    for (const stop of stops) stop();
    await sqld.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pad = (v: number | string, width: number) => String(v).padStart(width);

export function printSqldBench({ one, two }: SqldBench): void {
  console.log(`submissions on one sqld (durability_mode strong: synchronous=FULL), ${CONNECTIONS} connections, ${SECONDS} s each:`);
  console.log('API instances | peil/s | p50 ms | p99 ms | 5xx | other non-2xx | no answer | CPU ms per answer: Peil, sqld');
  for (const [name, r] of [['1', one], ['2', two]] as const) {
    console.log(
      `${pad(name, 13)} | ${pad(r.perSec.toFixed(0), 6)} | ${pad(r.p50, 6)} | ${pad(r.p99, 6)} | ${pad(r.serverErrors, 3)} | ${pad(r.non2xx - r.serverErrors, 13)} | ${pad(r.errors, 9)} | ${r.peilCpuMs.toFixed(2)}, ${r.sqldCpuMs.toFixed(2)}`,
    );
  }
  const ratio = two.perSec / one.perSec;
  const met = ratio >= 1.6 && two.serverErrors === 0 && one.serverErrors === 0;
  console.log(`target: two instances >= 1.6x one, 0 x 5xx (${ratio.toFixed(2)}x, ${one.serverErrors + two.serverErrors} x 5xx: ${met ? 'met' : 'MISSED'})`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) printSqldBench(await runSqldBench());
