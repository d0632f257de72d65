/**
 * The attacker of the login-flood benchmark, in its own process so that it does not share an event
 * loop with the honest client being measured: wrong passwords for ever new usernames, as fast as
 * `connections` connections allow. Prints `started`, then autocannon's figures as JSON when done.
 */
import autocannon from 'autocannon';

const [port, seconds, connections] = process.argv.slice(2).map(Number);
let i = 0;
process.stdout.write('started\n');
const result = await autocannon({
  url: `http://127.0.0.1:${port}`,
  connections: connections!,
  duration: seconds!,
  requests: [
    {
      method: 'POST',
      path: '/api/admin/login',
      setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `medewerker${i++}`, password: 'Welkom2026!' }) }),
    },
  ],
});
const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
process.stdout.write(`${JSON.stringify({ perSec: result.requests.average, statuses })}\n`);
