/**
 * Benchmark: durable submissions per second and latency, against the ceiling of a bare Hono endpoint
 * that only parses the body. Each request carries its own idempotency key and single-use token, and a
 * valid answer set for the inclusion survey (31 questions).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { compileSurvey } from '../server/validation/index.ts';
import { benchAnswerSets } from './validate.ts';

export interface LoadResult {
  connections: number;
  perSec: number;
  p50: number;
  p99: number;
  non2xx: number;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [10, 50, 200];

/** Valid answer sets for the inclusion survey, as the validator cleans them. */
function inclusionAnswers(): Record<string, unknown>[] {
  const def = JSON.parse(readFileSync(new URL('../surveys/inclusie.json', import.meta.url), 'utf8')) as { survey: Record<string, unknown> };
  const validator = compileSurvey(def.survey);
  const valid = benchAnswerSets(def.survey, 3000)
    .map((a) => validator.validate(a))
    .flatMap((r) => (r.ok ? [r.answers] : []));
  if (valid.length < 100) throw new Error(`only ${valid.length} valid answer sets generated`);
  return valid;
}

/** The servers measured (bench/submission-server.ts): the ceiling, Peil, and Peil without parts of its file measures. */
const MODES = ['bare', 'peil', 'peil-no-rewrite', 'peil-before'] as const;
type Mode = (typeof MODES)[number];

async function startServer(mode: Mode, tokens: number, tokensFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./submission-server.ts', import.meta.url).pathname, mode, String(tokens), tokensFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { port: (JSON.parse(line) as { port: number }).port, stop: () => child.kill('SIGTERM') };
}

async function load(port: number, connections: number, body: (i: number) => { key: string; body: string }): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/surveys/inclusie/responses',
        setupRequest: (req) => {
          const next = body(i++);
          return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': next.key }, body: next.body };
        },
      },
    ],
  });
  return { connections, perSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/** Runs every server at 10, 50 and 200 connections and returns the figures. */
export async function runSubmissionBench(): Promise<Record<Mode, LoadResult[]>> {
  const answers = inclusionAnswers();
  const tokensFile = join(tmpdir(), `peil-bench-tokens-${process.pid}.txt`);
  const results: Record<Mode, LoadResult[]> = { bare: [], peil: [], 'peil-no-rewrite': [], 'peil-before': [] };
  for (const mode of MODES) {
    const server = await startServer(mode, 150_000, tokensFile);
    const tokens = mode !== 'bare' ? readFileSync(tokensFile, 'utf8').split('\n') : [];
    let used = 0;
    const body = (i: number) => {
      const payload: Record<string, unknown> = { answers: answers[i % answers.length] };
      if (mode !== 'bare') payload.token = tokens[used++];
      return { key: crypto.randomUUID(), body: JSON.stringify(payload) };
    };
    try {
      for (const c of CONNECTIONS) results[mode].push(await load(server.port, c, body));
    } finally {
      server.stop();
    }
    if (mode !== 'bare' && used > tokens.length) throw new Error('ran out of invitation tokens; raise the count');
  }
  return results;
}
