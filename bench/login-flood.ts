/**
 * Benchmark: what a flood of wrong logins does to the people working. An honest workspace client
 * (a signed-in researcher reading the wave list and its session) measures its p99 alone, which is
 * the ceiling, and then while an attacker in another process sends wrong passwords for new
 * usernames as fast as it can. Target: the honest p99 stays under 100 ms.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const HONEST_CONNECTIONS = 2;
const ATTACKER_CONNECTIONS = 50;

/** A script in its own process; `line(n)` is its n-th line of output (from 0). */
function child(script: string, args: string[]): { line: (n: number) => Promise<string>; stop: () => void } {
  const proc = spawn(process.execPath, ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  createInterface({ input: proc.stdout! }).on('line', (l) => (lines.push(l), waiting.splice(0).forEach((w) => w())));
  const exited = new Promise<never>((_, reject) => proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`))));
  const line = async (n: number): Promise<string> => {
    while (lines.length <= n) await Promise.race([new Promise<void>((r) => waiting.push(r)), exited]);
    return lines[n]!;
  };
  return { line, stop: () => proc.kill('SIGTERM') };
}

async function honest(port: number, cookie: string): Promise<{ p50: number; p99: number; perSec: number; non2xx: number }> {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: HONEST_CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
    requests: [{ method: 'GET', path: '/api/admin/waves' }, { method: 'GET', path: '/api/admin/session' }],
  });
  return { p50: r.latency.p50, p99: r.latency.p99, perSec: r.requests.average, non2xx: r.non2xx };
}

export interface LoginFloodResult {
  alone: Awaited<ReturnType<typeof honest>>;
  flooded: Awaited<ReturnType<typeof honest>>;
  attacker: { perSec: number; statuses: Record<string, number> };
}

export async function runLoginFloodBench(): Promise<LoginFloodResult> {
  const server = child('./login-flood-server.ts', []);
  try {
    const { port, cookie } = JSON.parse(await server.line(0)) as { port: number; cookie: string };
    const alone = await honest(port, cookie);
    const attacker = child('./login-attacker.ts', [String(port), String(SECONDS + 2), String(ATTACKER_CONNECTIONS)]);
    await attacker.line(0);
    await new Promise((r) => setTimeout(r, 1000)); // the flood is under way before measuring
    const flooded = await honest(port, cookie);
    return { alone, flooded, attacker: JSON.parse(await attacker.line(1)) as LoginFloodResult['attacker'] };
  } finally {
    server.stop();
  }
}
