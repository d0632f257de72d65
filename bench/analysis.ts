/**
 * Benchmark: `analysePeriod` over one wave of all five instruments, every indicator with every
 * breakdown, at 10k, 100k and 1M answers in the wave. The previous wave holds as many answers (the
 * comparison reads it too), so 1M answers in the wave means 2M read. Answers are the seed's valid
 * answer sets (`npm run seed` at scale 1: about 10,000 per wave), copied with new ids in large
 * INSERT ... SELECT batches, invitation batches scaled alike so response rates stay real. Each size is
 * analysed in a child process, whose peak resident set (VmHWM, and RSS sampled) is the peak memory.
 * Targets: 100k in < 3 s; 1M in < 10 s with memory flat: peak < 1 GB and within 1.5x of 100k's
 * (ten times the answers, not ten times the memory). Wall times hold only on a quiet machine; the
 * main thread's CPU time, printed beside, is what the wall time comes down to there.
 *
 * Beside the largest size (1M by default), in the same run on the same database, the integral
 * monitor (analysis/monitor): every directorate's page and the city overview of the same
 * half-year, built in a child process of its own, printed with its ratio to the one-wave analysis
 * (its ceiling: the monitor reads every period of its trend, so it cannot be faster than analysing
 * the one wave). Only there, to keep the default run short.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analysePeriod } from '../analysis/indicators/analyse.ts';
import { WAVES } from '../server/seed/model.ts';
import { seedDatabase } from '../server/seed/seed.ts';
import { loadCatalog } from '../survey-format/catalog/catalog.ts';
import { databaseAnswerSource } from '../server/db/answer-source.ts';
import { openDatabase } from '../server/db/open.ts';
import { buildMonitor } from '../analysis/monitor/build.ts';
import { citySummary, directoratePage } from '../analysis/monitor/page.ts';
import { databaseMonitorSources } from '../server/monitor/sources.ts';
import { seedHrFigures } from '../server/seed/hr.ts';

export interface AnalysisBenchResult {
  /** Target size: 10,000, 100,000 or 1,000,000. */
  size: number;
  /** Answers in the analysed wave, and in the previous wave. */
  answers: number;
  previousAnswers: number;
  /** Time of analysePeriod alone, and to make the answers (seed and every copy so far). */
  seconds: number;
  /** CPU time of analysePeriod (every thread of its process): steadier than \`seconds\` when other jobs share the machine. */
  cpuSeconds: number;
  /**
   * CPU time of the main thread alone (Linux; else the process's). Reading pages, and reducing a
   * share of them to the answers the tally reads, runs on a thread of its own (server/db/read-thread.ts,
   * reduce-balance.ts), so on a machine with a core to spare the wall time comes down to the larger of
   * the two threads' CPU (about half of `cpuSeconds`); on a loaded one it is `cpuSeconds`.
   */
  mainThreadCpuSeconds: number;
  generateSeconds: number;
  /** Max resident set size of the process that ran the analysis. */
  peakMb: number;
  rows: number;
  /** The integral monitor of the same half-year: every directorate page and the overview (bench child `monitor`); at the largest size only. */
  monitor: { seconds: number; cpuSeconds: number; peakMb: number; pages: number } | null;
}

const SIZES = (process.env.BENCH_ANALYSIS_SIZES ?? '10000,100000,1000000').split(',').map(Number);
/** Answers copied per INSERT statement (about 100k rows: a few seconds, a bounded WAL). */
const COPY_ROWS = 100_000;
const CURRENT = WAVES.at(-1)!.period;
const PREVIOUS = WAVES.at(-2)!.period;

const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export async function runAnalysisBench(sizes: readonly number[] = SIZES): Promise<AnalysisBenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-bench-analysis-'));
  const url = `file:${join(dir, 'bench.db')}`;
  const db = await openDatabase(url);
  const results: AnalysisBenchResult[] = [];
  try {
    let started = performance.now();
    await seedDatabase(db.client, loadCatalog(fileURLToPath(new URL('../surveys/', import.meta.url))), { scale: 1, seed: 1 });
    await seedHrFigures(db.client, 1);
    const c = db.client;
    // The seed's answers and batch sizes of the two waves the analysis reads: what is copied.
    await c.batch(
      [
        `CREATE TABLE bench_base AS SELECT survey_id, survey_version, wave, answers, attributes FROM responses WHERE wave IN ('${CURRENT}', '${PREVIOUS}')`,
        `CREATE TABLE bench_batches AS SELECT b.id, b.size FROM invitation_batches b JOIN waves w ON w.id = b.wave_id WHERE w.period IN ('${CURRENT}', '${PREVIOUS}')`,
      ],
      'write',
    );
    const count = async (period: string) => Number((await c.execute({ sql: 'SELECT count(*) AS n FROM bench_base WHERE wave = ?', args: [period] })).rows[0]!.n);
    const base = { current: await count(CURRENT), previous: await count(PREVIOUS) };
    const perCopy = base.current + base.previous;
    let copies = 1;
    // Cumulative: making 1M answers includes the seed and the copies made for the smaller sizes.
    let madeSeconds = (performance.now() - started) / 1000;
    for (const size of sizes) {
      started = performance.now();
      const factor = Math.max(1, Math.round(size / base.current));
      // Copies of every base answer with a new random id, a few copies per statement.
      const step = Math.max(1, Math.floor(COPY_ROWS / perCopy));
      while (copies < factor) {
        const k = Math.min(step, factor - copies);
        await c.execute({
          sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
                INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes)
                SELECT lower(hex(randomblob(16))), survey_id, survey_version, wave, answers, attributes FROM bench_base, k`,
          args: [k],
        });
        copies += k;
      }
      await c.execute({
        sql: 'UPDATE invitation_batches SET size = (SELECT b.size FROM bench_batches b WHERE b.id = invitation_batches.id) * ? WHERE id IN (SELECT id FROM bench_batches)',
        args: [factor],
      });
      await c.execute('PRAGMA wal_checkpoint(TRUNCATE)');
      madeSeconds += (performance.now() - started) / 1000;
      const generateSeconds = madeSeconds;
      const run = await analyseInChild(url);
      const monitor = size === Math.max(...sizes) ? await analyseInChild(url, 'monitor') : null;
      const result: AnalysisBenchResult = {
        size,
        answers: base.current * factor,
        previousAnswers: base.previous * factor,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
        mainThreadCpuSeconds: run.mainThreadCpuSeconds,
        generateSeconds,
        peakMb: run.peakMb,
        rows: run.rows,
        monitor: monitor === null ? null : { seconds: monitor.seconds, cpuSeconds: monitor.cpuSeconds, peakMb: monitor.peakMb, pages: monitor.rows },
      };
      results.push(result);
      console.log(
        `  ${label(size)}: ${result.answers.toLocaleString('en')} answers in ${CURRENT} (+ ${result.previousAnswers.toLocaleString('en')} in ${PREVIOUS}), made in ${generateSeconds.toFixed(1)} s; analysed in ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s, of which the main thread ${result.mainThreadCpuSeconds.toFixed(2)} s), peak ${result.peakMb} MB, ${result.rows} rows`,
      );
      const m = result.monitor;
      if (m !== null) {
        console.log(
          `  ${label(size)}: integral monitor (${m.pages} directorate pages and the overview) in ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s), peak ${m.peakMb} MB; ${(m.seconds / result.seconds).toFixed(2)}x the one-wave analysis (CPU ${(m.cpuSeconds / result.cpuSeconds).toFixed(2)}x)`,
        );
      }
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`analysis: ${results.map((r) => `${label(r.size)} answers ${r.seconds.toFixed(1)} s, peak ${r.peakMb} MB`).join('; ')}`);
  const at = (size: number) => results.find((r) => r.size === size);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const targets: string[] = [];
  const hundred = at(100_000);
  if (hundred) targets.push(`100k answers < 3 s (${hundred.seconds.toFixed(1)} s: ${verdict(hundred.seconds < 3)})`);
  const million = at(1_000_000);
  if (million) {
    targets.push(`1M answers < 10 s (${million.seconds.toFixed(1)} s, main thread CPU ${million.mainThreadCpuSeconds.toFixed(1)} s: ${verdict(million.seconds < 10)})`);
    const flat = hundred ? ` and ${(million.peakMb / hundred.peakMb).toFixed(2)}x 100k's, < 1.5x` : '';
    const isFlat = million.peakMb < 1024 && (!hundred || million.peakMb < 1.5 * hundred.peakMb);
    targets.push(`memory flat: peak < 1 GB (${million.peakMb} MB${flat}: ${verdict(isFlat)})`);
    targets.push(`making 1M answers < 2 min (${million.generateSeconds.toFixed(0)} s: ${verdict(million.generateSeconds < 120)})`);
  }
  if (targets.length > 0) console.log(`target: ${targets.join('; ')}`);
  return results;
}

/** Runs analysePeriod (or the integral monitor) for the current wave in a fresh process: its time and max RSS. */
type ChildResult = { seconds: number; cpuSeconds: number; mainThreadCpuSeconds: number; peakMb: number; rows: number };

async function analyseInChild(url: string, what: 'analysis' | 'monitor' = 'analysis'): Promise<ChildResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', url, what], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`analysis bench child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

/**
 * The peak resident set of this process from Linux's VmHWM (getrusage's maxRSS would do, but Linux
 * carries it over from the parent across exec); 0 elsewhere, where the samples stand alone.
 */
function highWaterMark(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** Seconds of CPU the main thread has used: utime + stime of /proc/self/task/<pid>/stat (clock ticks of 1/100 s); the process's elsewhere. */
function mainThreadCpu(): number {
  try {
    // Fields after the command name (which ends with ")"): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  }
}

/** The integral monitor of the wave's half-year: every directorate's page and the city overview; how many pages. */
async function monitorPages(client: Parameters<typeof databaseAnswerSource>[0]): Promise<number> {
  const catalog = loadCatalog(fileURLToPath(new URL('../surveys/', import.meta.url)));
  const monitor = await buildMonitor(databaseMonitorSources(client, catalog), CURRENT);
  citySummary(monitor);
  const pages = monitor.directorates.map((code) => directoratePage(monitor, code));
  if (pages.length === 0) throw new Error('the monitor has no directorate pages');
  return pages.length;
}

async function child(url: string, what: string): Promise<void> {
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 20);
  const db = await openDatabase(url);
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const mainCpu = mainThreadCpu();
    const reports = what === 'monitor' ? [] : await analysePeriod(databaseAnswerSource(db.client), CURRENT);
    const pages = what === 'monitor' ? await monitorPages(db.client) : 0;
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const mainThreadCpuSeconds = mainThreadCpu() - mainCpu;
    const rows = what === 'monitor' ? pages : reports.reduce((s, r) => s + r.rows.length, 0);
    if (what !== 'monitor' && reports.length !== 5) throw new Error(`expected five instruments, got ${reports.length}`);
    clearInterval(sampler);
    process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, mainThreadCpuSeconds, peakMb: mb(Math.max(sampled, highWaterMark())), rows })}\n`);
  } finally {
    db.close();
  }
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1]!).href) await child(process.argv[3]!, process.argv[4] ?? 'analysis');
else if (import.meta.url === pathToFileURL(process.argv[1]!).href) await runAnalysisBench();
