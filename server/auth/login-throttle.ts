import { createHmac, randomBytes } from 'node:crypto';
import { fieldProblem, Problem } from '../errors.ts';
import {
  LOGIN_FORGIVE_SECONDS,
  LOGIN_FREE_ATTEMPTS_PER_ACCOUNT,
  LOGIN_FREE_ATTEMPTS_PER_ADDRESS,
  LOGIN_MAX_DELAY_SECONDS,
  LOGIN_REFUSAL_HOLD_SECONDS,
} from './policy.ts';

interface Entry {
  attempts: number;
  /** Epoch seconds of the last counted attempt. */
  lastAt: number;
}

/**
 * The delay before the next attempt after `attempts` counted ones of which `free` cost nothing:
 * none up to `free`, then 1, 2, 4, ... seconds, never more than LOGIN_MAX_DELAY_SECONDS.
 */
export function loginDelaySeconds(attempts: number, free: number): number {
  return attempts <= free ? 0 : Math.min(LOGIN_MAX_DELAY_SECONDS, 2 ** (attempts - free - 1));
}

/**
 * Slows password guessing down without locking anyone out (OWASP ASVS V2.2.1). Attempts are counted
 * per client address over all usernames, and per username from that address; each key gets a delay
 * that doubles with its attempts. No key spans addresses, so nobody can keep a named person out from
 * elsewhere: 200 wrong passwords for "admin" from one address leave "admin" signing in at once from
 * any other. There is no overall limit, which was the lockout of everyone.
 *
 * In memory only, never stored or logged: the address is kept as an HMAC under a key made at start
 * and never written down, so not even this process holds a readable address. Attempts are counted
 * when they start, so simultaneous guesses cannot slip in before the first failure is counted; a
 * success takes its own attempt back. Limits restart with the process and each instance counts
 * for itself. A refusal is held back up to LOGIN_REFUSAL_HOLD_SECONDS before it is answered
 * (`admit`), which bounds how fast a flood can go round.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly pepper = randomBytes(32);
  constructor(
    private readonly maxEntries = 100_000,
    private readonly holdSeconds = LOGIN_REFUSAL_HOLD_SECONDS,
  ) {}

  /**
   * Counts an attempt, or throws 429 naming what waits (`username` or `(client address)`) and for
   * how long, after holding the refusal back for that long or `holdSeconds`, whichever is shorter.
   */
  async admit(username: string, address: string | undefined, now: Date): Promise<void> {
    const refused = this.refusal(username, address, now);
    if (!refused) return;
    await new Promise((r) => setTimeout(r, Math.min(refused.wait, this.holdSeconds) * 1000));
    throw tooMany(refused.field, refused.wait);
  }

  /** What waits and for how many seconds; or nothing, and then the attempt is counted. */
  private refusal(username: string, address: string | undefined, now: Date): { field: string; wait: number } | undefined {
    const t = now.getTime() / 1000;
    const keys = this.keys(username, address);
    for (const [key, free, field] of keys) {
      const e = this.current(key, t);
      const wait = e ? e.lastAt + loginDelaySeconds(e.attempts, free) - t : 0;
      if (wait > 0) return { field, wait };
    }
    for (const [key] of keys) this.put(key, { attempts: (this.current(key, t)?.attempts ?? 0) + 1, lastAt: t });
    if (this.entries.size > this.maxEntries) this.prune(t);
    return undefined;
  }

  /** A successful login: the username's count from this address is cleared, and the address's attempt taken back. */
  succeeded(username: string, address: string | undefined): void {
    const [[addressKey], [accountKey]] = this.keys(username, address);
    this.entries.delete(accountKey);
    const e = this.entries.get(addressKey);
    if (e) e.attempts = Math.max(0, e.attempts - 1);
  }

  private keys(username: string, address: string | undefined): [[string, number, string], [string, number, string]] {
    const a = createHmac('sha256', this.pepper).update(address ?? '(unknown)').digest('base64url');
    return [
      [`a ${a}`, LOGIN_FREE_ATTEMPTS_PER_ADDRESS, '(client address)'],
      [`u ${a} ${username}`, LOGIN_FREE_ATTEMPTS_PER_ACCOUNT, 'username'],
    ];
  }

  /** The key's count, less one attempt per LOGIN_FORGIVE_SECONDS since its last; undefined when nothing is left. */
  private current(key: string, t: number): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const attempts = e.attempts - Math.floor(Math.max(0, t - e.lastAt) / LOGIN_FORGIVE_SECONDS);
    return attempts > 0 ? { attempts, lastAt: e.lastAt } : undefined;
  }

  /** Re-inserts, so the map's order is least recently used first. */
  private put(key: string, e: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, e);
  }

  /** Forgets keys with nothing left; when still too many, the least recently used (whose delays have run out first). */
  private prune(t: number): void {
    for (const key of this.entries.keys()) if (!this.current(key, t)) this.entries.delete(key);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries * 0.9) break;
      this.entries.delete(key);
    }
  }
}

function tooMany(field: string, waitSeconds: number): Problem {
  const seconds = Math.max(1, Math.ceil(waitSeconds));
  return new Problem(429, 'too-many-logins', `Too many login attempts; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, [
    fieldProblem(field, 'wait-seconds', { seconds }),
  ]);
}
