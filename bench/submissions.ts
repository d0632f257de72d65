/**
 * Benchmark: durable submissions per second and latency, against the ceiling of a bare Hono endpoint
 * that only parses the body. Each request carries its own idempotency key and single-use invitation
 * credential, and a valid answer set for the inclusion survey (31 questions). Beside it, the exchange
 * of invitation tokens for blind signatures, which every respondent makes once, when opening the link.
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
import { benchAnswerSets } from './validate.ts';

export interface LoadResult {
  connections: number;
  perSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Requests that got no answer: connection errors and timeouts. */
  errors: number;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [10, 50, 200];
/** Credentials made for the run: enough for SECONDS at each number of connections on this machine. */
const CREDENTIALS = Number(process.env.BENCH_CREDENTIALS ?? 30_000);
const PATH = '/api/surveys/inclusie/responses';

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

async function startServer(mode: 'peil' | 'bare', tokens: number, credentials: number, out: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./submission-server.ts', import.meta.url).pathname, mode, String(tokens), String(credentials), out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { port: (JSON.parse(line) as { port: number }).port, stop: () => child.kill('SIGTERM') };
}

async function load(port: number, connections: number, path: string, next: () => { key?: string; body: string }): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
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
  return { connections, perSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** A blinded message as a browser's Blind step makes it: a uniformly random number below the modulus. */
function randomBelow(modulus: Buffer): string {
  const m = randomBytes(modulus.length);
  m[0] = m[0]! % modulus[0]!;
  return m.toString('base64url');
}

/**
 * Runs the ceiling and Peil at 10, 50 and 200 connections, and the exchange of invitation tokens for
 * blind signatures at 50. Each Peil submission spends its own credential (a blind-signed credential
 * as a browser holds it after the exchange); each exchange uses up its own token.
 */
export async function runSubmissionBench(): Promise<{ peil: LoadResult[]; bare: LoadResult[]; exchange: LoadResult }> {
  const answers = inclusionAnswers();
  const out = join(tmpdir(), `peil-bench-${process.pid}.json`);
  const bare: LoadResult[] = [];
  const ceiling = await startServer('bare', 0, 0, out);
  try {
    for (const c of CONNECTIONS) bare.push(await load(ceiling.port, c, PATH, () => ({ key: crypto.randomUUID(), body: JSON.stringify({ answers: answers[0] }) })));
  } finally {
    ceiling.stop();
  }

  const server = await startServer('peil', 100_000, CREDENTIALS, out);
  const made = JSON.parse(readFileSync(out, 'utf8')) as { tokens: string[]; modulus: string; credentials: Credential[] };
  rmSync(out);
  const peil: LoadResult[] = [];
  let exchange: LoadResult;
  try {
    // Respondents open their links before they answer: the exchanges first.
    const modulus = Buffer.from(made.modulus, 'base64url');
    let used = 0;
    exchange = await load(server.port, 50, '/api/invitations/exchange', () => ({
      body: JSON.stringify({ token: made.tokens[used++], blindedMessage: randomBelow(modulus) }),
    }));
    if (used > made.tokens.length) throw new Error('ran out of invitation tokens; raise the count');
    let spent = 0;
    const submission = () => {
      const credential = made.credentials[spent % made.credentials.length];
      return { key: crypto.randomUUID(), body: JSON.stringify({ answers: answers[spent++ % answers.length], credential }) };
    };
    for (const c of CONNECTIONS) peil.push(await load(server.port, c, PATH, submission));
    if (spent > made.credentials.length) throw new Error(`used ${spent} credentials of ${made.credentials.length}; raise BENCH_CREDENTIALS`);
  } finally {
    server.stop();
  }
  return { peil, bare, exchange };
}
