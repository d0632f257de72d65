/** What `npm run sqld` says (server/cli/sqld.ts), in Dutch and English. */
import { bilingual } from '../../survey-format/command-line/bilingual.ts';

export const SQLD_MESSAGES = bilingual({
  usage: {
    nl: `Gebruik: npm run sqld -- --db-path MAP --http-listen-addr HOST:POORT [--admin-listen-addr HOST:POORT] [--lang nl|en]

Start sqld zo dat elke commit naar schijf wordt geschreven (durability_mode strong), voor DATABASE_URL=http://HOST:POORT.
  --db-path MAP                  de gegevensmap van sqld
  --http-listen-addr HOST:POORT  waar de instanties van Peil sqld bereiken
  --admin-listen-addr HOST:POORT de beheer-API van sqld (standaard een vrije poort op 127.0.0.1; houd hem op loopback)
Spreekt Nederlands, of Engels met --lang en of als LANG met "en" begint.`,
    en: `Usage: npm run sqld -- --db-path DIR --http-listen-addr HOST:PORT [--admin-listen-addr HOST:PORT] [--lang nl|en]

Runs sqld with every commit synced to disk (durability_mode strong), for DATABASE_URL=http://HOST:PORT.
  --db-path DIR                 sqld's data folder
  --http-listen-addr HOST:PORT  where Peil's instances reach it
  --admin-listen-addr HOST:PORT its admin API (default: a free port on 127.0.0.1; keep it on loopback)
Speaks Dutch, or English with --lang en or when LANG starts with "en".`,
  },
  required: { nl: '--db-path en --http-listen-addr zijn verplicht.', en: '--db-path and --http-listen-addr are required.' },
  serves: {
    nl: (url: string, dir: string, admin: string) => `sqld biedt ${url} aan vanuit ${dir}; elke commit wordt naar schijf geschreven (durability_mode strong; beheer-API ${admin}).`,
    en: (url: string, dir: string, admin: string) => `sqld serves ${url} from ${dir}, every commit synced to disk (durability_mode strong; admin API ${admin}).`,
  },
});
