import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8, p = 1, so each hash takes 32 MiB and about 70 ms on this machine. */
const COST = { ln: 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const ENCODED = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/**
 * One scrypt at a time, the others wait their turn. Each takes a core for about 70 ms; libuv would
 * run four at once, and on a two-core server a flood of logins (from many addresses, each within
 * the login throttle) would then leave no core for the people working. In turn, a login may wait
 * behind a flood's password checks.
 */
let queue: Promise<unknown> = Promise.resolve();

function derive(password: string, salt: Buffer, ln: number, r: number, p: number, length: number): Promise<Buffer> {
  const N = 2 ** ln;
  const run = () =>
    new Promise<Buffer>((resolve, reject) =>
      // maxmem: Node's 32 MiB default is exactly what N=2^15, r=8 needs, and the check is exclusive.
      scrypt(password.normalize('NFC'), salt, length, { N, r, p, maxmem: 2 * 128 * N * r }, (err, key) => (err ? reject(err) : resolve(key))),
    );
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '');

/** Hashes a password with scrypt and a random salt, as `$scrypt$ln=15,r=8,p=1$<salt>$<key>` (unpadded base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST.ln, COST.r, COST.p, KEY_BYTES);
  return `$scrypt$ln=${COST.ln},r=${COST.r},p=${COST.p}$${b64(salt)}$${b64(key)}`;
}

/**
 * Whether `password` matches an encoded hash, compared in constant time. The parameters are read
 * from the hash, so hashes made with an older cost keep working after COST is raised.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const m = ENCODED.exec(encoded);
  if (!m) throw new Error('stored password hash is not in $scrypt$ format');
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const expected = Buffer.from(m[5]!, 'base64');
  const actual = await derive(password, Buffer.from(m[4]!, 'base64'), ln, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/**
 * A hash no password matches (its password is random and forgotten). Checking an unknown username
 * against it costs as much as checking a real one, so response times do not reveal which usernames exist.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64'));
  return decoy;
}
