/**
 * The API alone, in its own process, on existing databases: for tests that must stop or kill
 * the server (test/api/power-cut.test.ts). Arguments: the answers database URL, the staff
 * database URL and the surveys folder. Prints `{ "port": N }` when listening.
 */
import { createApp } from '../../server/app.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { openDatabase } from '../../server/db/open.ts';
import { listen } from '../../server/http-server.ts';

const [url, staffUrl, surveysDir] = process.argv.slice(2);
const staff = await openDatabase(staffUrl!, { schema: 'staff' });
const db = await openDatabase(url!, { staff: staff.client });
const app = createApp({ db, staff, catalog: loadCatalog(surveysDir!) });
const server = listen(app.fetch, { port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
