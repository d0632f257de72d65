import { Problem } from '../errors.ts';
import {
  LOGIN_ATTEMPTS_OVERALL,
  LOGIN_ATTEMPTS_PER_USERNAME,
  LOGIN_OVERALL_WINDOW_SECONDS,
  LOGIN_USERNAME_WINDOW_SECONDS,
} from './policy.ts';

/**
 * Limits login attempts per username and for all usernames together, in memory. Not in the
 * database: attempts would be writes on the path an attacker hammers, and a table of them would be
 * a second, unaudited log of who tried to log in when. The price: limits restart with the process,
 * and each API instance counts for itself. Attempts are counted when they start, not when they
 * fail, so simultaneous guesses cannot all slip in before the first failure is counted; no IP
 * address is read, as nowhere in Peil.
 */
export class LoginLimiter {
  private readonly byUsername = new Map<string, number[]>();
  private overall: number[] = [];

  /** Counts an attempt for `username`, or throws 429 when it or everyone is over the limit. */
  take(username: string, now: Date): void {
    const t = now.getTime() / 1000;
    this.overall = this.overall.filter((at) => at > t - LOGIN_OVERALL_WINDOW_SECONDS);
    const mine = (this.byUsername.get(username) ?? []).filter((at) => at > t - LOGIN_USERNAME_WINDOW_SECONDS);
    if (mine.length >= LOGIN_ATTEMPTS_PER_USERNAME) {
      throw tooMany('username', Math.ceil(mine[0]! + LOGIN_USERNAME_WINDOW_SECONDS - t));
    }
    if (this.overall.length >= LOGIN_ATTEMPTS_OVERALL) {
      throw tooMany('(all usernames)', Math.ceil(this.overall[0]! + LOGIN_OVERALL_WINDOW_SECONDS - t));
    }
    mine.push(t);
    this.overall.push(t);
    this.byUsername.set(username, mine);
    if (this.byUsername.size > 10 * LOGIN_ATTEMPTS_OVERALL) this.prune(t);
  }

  /** A successful login clears the username's count (not the overall one). */
  succeeded(username: string): void {
    this.byUsername.delete(username);
  }

  private prune(t: number): void {
    for (const [name, times] of this.byUsername) {
      if (times.every((at) => at <= t - LOGIN_USERNAME_WINDOW_SECONDS)) this.byUsername.delete(name);
    }
  }
}

function tooMany(field: string, retryAfterSeconds: number): Problem {
  return new Problem(
    429,
    'too-many-logins',
    'Too many login attempts',
    `Too many login attempts; try again in ${Math.max(1, retryAfterSeconds)} seconds.`,
    [{ field, message: 'too many attempts' }],
  );
}
