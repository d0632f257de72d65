/**
 * `npm run bench`: every speed target of Peil, each measured against its ceiling in the same run,
 * printed as figures and ratios. Targets are reported, not asserted: a slow machine prints a miss.
 */
import { printPageWeight, runPageWeightBench } from './page-weight.ts';
import { runSubmissionBench } from './submissions.ts';
import { runValidateBench } from './validate.ts';

const v = await runValidateBench();
console.log(`target: compiled validator >= 100x a reused SurveyJS model (${Math.round(v.ratio)}x: ${v.ratio >= 100 ? 'met' : 'MISSED'})`);

const s = await runSubmissionBench();
console.log('\nsubmissions (inclusie, 31 questions, blind-signed invitation credentials, WAL + synchronous=FULL) vs bare Hono ceiling:');
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

console.log(
  `exchanges of invitation tokens for blind signatures (one per respondent, when the link is opened), 50 connections: ${s.exchange.perSec.toFixed(0)}/s, p50 ${s.exchange.p50} ms, p99 ${s.exchange.p99} ms, non-2xx ${s.exchange.non2xx}, no answer ${s.exchange.errors}`,
);
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

console.log('\nanalysis (analysePeriod: one wave, all five instruments, every indicator and breakdown; previous wave as large):');
const { runAnalysisBench } = await import('./analysis.ts');
await runAnalysisBench();
