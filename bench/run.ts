/**
 * `npm run bench`: every speed target of Peil, each measured against its ceiling in the same run,
 * printed as figures and ratios. Targets are reported, not asserted: a slow machine prints a miss.
 */
import { printPageWeight, runPageWeightBench } from './page-weight.ts';
import { printSubmissionBench, runSubmissionBench } from './submissions.ts';
import { runValidateBench } from './validate.ts';

const v = await runValidateBench();
console.log(`target: compiled validator >= 100x a reused SurveyJS model (${Math.round(v.ratio)}x: ${v.ratio >= 100 ? 'met' : 'MISSED'})`);

console.log('');
printSubmissionBench(await runSubmissionBench());
console.log('');
const { printSqldBench, runSqldBench } = await import('./submissions-sqld.ts');
printSqldBench(await runSqldBench());
console.log('\nlogin flood (an attacker sends wrong passwords for new usernames while a signed-in researcher works):');
const { runLoginFloodBench } = await import('./login-flood.ts');
const f = await runLoginFloodBench();
console.log(`attacker: ${f.attacker.perSec.toFixed(0)} logins/s (${JSON.stringify(f.attacker.statuses)})`);
console.log('honest workspace | req/s | p50 ms | p99 ms | non-2xx');
for (const [name, r] of [['alone (ceiling)', f.alone], ['during the flood', f.flooded]] as const) {
  console.log(`${name.padStart(16)} | ${r.perSec.toFixed(0).padStart(5)} | ${String(r.p50).padStart(6)} | ${String(r.p99).padStart(6)} | ${r.non2xx}`);
}
console.log(`target: honest p99 < 100 ms during the flood (${f.flooded.p99} ms: ${f.flooded.p99 < 100 ? 'met' : 'MISSED'}); flooded/alone p99 ${(f.flooded.p99 / Math.max(1, f.alone.p99)).toFixed(1)}x`);
console.log('\nrespondent pages (inclusie on a throttled phone: 1.6 Mbit/s, 150 ms, CPU 4x slower; brotli where accepted):');
printPageWeight(await runPageWeightBench());

console.log('\nanalysis (analysePeriod: one wave, all five instruments, every indicator and breakdown; previous wave as large), and the integral monitor of the same half-year against it:');
const { runAnalysisBench } = await import('./analysis.ts');
await runAnalysisBench();

console.log('\nregisters of procedures (100,000 rows of the HR export, then their indicators) vs their ceilings:');
const { runProcedureBench } = await import('./procedures.ts');
await runProcedureBench();
