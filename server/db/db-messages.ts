/**
 * What the database modules refuse with at start-up or from a command line (`npm start`, `peil`,
 * `analyse`, `seed`, `sqld`), in Dutch and English: the texts of a {@link DatabaseRefusal}
 * (refusal.ts), worded where it is printed, in that command's language.
 */
import { bilingual } from '../../survey-format/command-line/bilingual.ts';
import { databaseName, databaseNameIn } from './database-name.ts';

export const DB_MESSAGES = bilingual({
  // open.ts: `url` is named without its token or password; `detail` is the library's own error.
  cannotOpen: {
    nl: (url: string, detail: string) => `De ${databaseNameIn(url, 'nl')} kan niet worden geopend (${detail}). Klopt het pad in DATABASE_URL of STAFF_DATABASE_URL, en mag Peil in die map schrijven?`,
    en: (url: string, detail: string) => `Cannot open the ${databaseName(url)} (${detail}). Is the path in DATABASE_URL or STAFF_DATABASE_URL right, and may Peil write in its folder?`,
  },
  unreachable: {
    nl: (url: string, detail: string) => `De ${databaseNameIn(url, 'nl')} is niet bereikbaar (${detail}). Draait de server, en klopt het adres in DATABASE_URL of STAFF_DATABASE_URL?`,
    en: (url: string, detail: string) => `Cannot reach the ${databaseName(url)} (${detail}). Is the server running, and is its address in DATABASE_URL or STAFF_DATABASE_URL right?`,
  },
  // file-settings.ts: `which` names the connection (an embedded database's file: URL).
  notDurable: {
    nl: (which: string, journal: string, sync: number) =>
      `${which} schrijft niet elke commit veilig naar schijf (journal_mode=${journal}, synchronous=${sync}); dat moet wal en 2 (FULL) zijn.`,
    en: (which: string, journal: string, sync: number) => `${which} is not durable (journal_mode=${journal}, synchronous=${sync}); need wal and 2 (FULL).`,
  },
  leavesTraces: {
    nl: (which: string, secureDelete: number, checkpoint: number, walLimit: number, pageSize: number, wantCheckpoint: number, wantPageSize: number) =>
      `${which} zou verwijderde gegevens of de volgorde van binnenkomst in de bestanden laten staan (secure_delete=${secureDelete}, wal_autocheckpoint=${checkpoint}, journal_size_limit=${walLimit}, page_size=${pageSize}); dat moet 1, ${wantCheckpoint}, 0 en ${wantPageSize} zijn.`,
    en: (which: string, secureDelete: number, checkpoint: number, walLimit: number, pageSize: number, wantCheckpoint: number, wantPageSize: number) =>
      `${which} would leave order or deleted data in the files (secure_delete=${secureDelete}, wal_autocheckpoint=${checkpoint}, journal_size_limit=${walLimit}, page_size=${pageSize}); need 1, ${wantCheckpoint}, 0 and ${wantPageSize}.`,
  },
  // move-staff-tables.ts
  staffTablesLeft: {
    nl: 'In deze database met antwoorden staan nog accounts van onderzoekers, sessies of het auditlog. Start de server één keer (npm start): die zet ze over naar STAFF_DATABASE_URL.',
    en: 'This answers database still holds researcher accounts, sessions or the audit log; start the server once (npm start) to move them to STAFF_DATABASE_URL.',
  },
  // sqld.ts
  serverNotDurable: {
    nl: (sync: number) =>
      `De libSQL-server schrijft niet elke commit naar schijf (synchronous=${sync}; dat moet 2, FULL zijn). Start sqld met \`npm run sqld\`, of zet na elke start durability_mode "strong" via de beheer-API van sqld (README, "One database for several API instances").`,
    en: (sync: number) =>
      `The libSQL server does not sync every commit to disk (synchronous=${sync}; need 2, FULL). Start sqld with \`npm run sqld\`, or set durability_mode "strong" through its admin API after every start (README, "One database for several API instances").`,
  },
  sqldRefused: {
    nl: (status: number) => `De beheer-API van sqld weigerde de instelling om elke commit naar schijf te schrijven: HTTP ${status}`,
    en: (status: number) => `sqld's admin API refused the durability setting: HTTP ${status}`,
  },
  sqldNotStrong: {
    nl: (mode: string) => `sqld meldt durability_mode ${mode}, terwijl die op strong is gezet`,
    en: (mode: string) => `sqld reports durability_mode ${mode} after it was set to strong`,
  },
  sqldExited: { nl: (code: number) => `sqld is gestopt met code ${code}`, en: (code: number) => `sqld exited with ${code}` },
  sqldSlow: { nl: 'sqld is niet binnen 10 s gestart', en: 'sqld did not start within 10 s' },
});
