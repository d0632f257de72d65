/**
 * `npm run bench`: every speed target of Peil, each measured against its ceiling in the same run,
 * printed as figures and ratios. Targets are reported, not asserted: a slow machine prints a miss.
 */
import { runSubmissionBench } from './submissions.ts';
import { runValidateBench } from './validate.ts';

const v = await runValidateBench();
console.log(`target: compiled validator >= 100x a reused SurveyJS model (${Math.round(v.ratio)}x: ${v.ratio >= 100 ? 'met' : 'MISSED'})`);

const s = await runSubmissionBench();
console.log('\nsubmissions (inclusie, 31 questions, invitation tokens, WAL + synchronous=FULL) vs bare Hono ceiling:');
console.log('connections | peil/s | p50 ms | p99 ms | bare/s | bare p99 ms | peil/bare | non-2xx');
for (const [i, p] of s.peil.entries()) {
  const b = s.bare[i]!;
  console.log(
    `${String(p.connections).padStart(11)} | ${p.perSec.toFixed(0).padStart(6)} | ${String(p.p50).padStart(6)} | ${String(p.p99).padStart(6)} | ${b.perSec.toFixed(0).padStart(6)} | ${String(b.p99).padStart(11)} | ${(p.perSec / b.perSec).toFixed(2).padStart(9)} | ${p.non2xx}`,
  );
}
const at50 = s.peil.find((p) => p.connections === 50)!;
const bare50 = s.bare.find((p) => p.connections === 50)!;
console.log(
  `target at 50 connections: >= 0.5 of bare (${(at50.perSec / bare50.perSec).toFixed(2)}: ${at50.perSec / bare50.perSec >= 0.5 ? 'met' : 'MISSED'}), p99 < 50 ms (${at50.p99} ms: ${at50.p99 < 50 ? 'met' : 'MISSED'})`,
);

console.log('\nanalysis (analysePeriod: one wave, all five instruments, every indicator and breakdown; previous wave as large):');
const { runAnalysisBench } = await import('./analysis.ts');
await runAnalysisBench();

console.log('\nregisters of procedures (100,000 rows of the HR export, then their indicators) vs their ceilings:');
const { runProcedureBench } = await import('./procedures.ts');
await runProcedureBench();
