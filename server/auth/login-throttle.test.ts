import { describe, expect, it, vi } from 'vitest';
import { Problem } from '../errors.ts';
import { loginDelaySeconds, LoginThrottle } from './login-throttle.ts';
import { LOGIN_FORGIVE_SECONDS, LOGIN_FREE_ATTEMPTS_PER_ACCOUNT, LOGIN_FREE_ATTEMPTS_PER_ADDRESS, LOGIN_MAX_DELAY_SECONDS } from './policy.ts';

const at = (s: number) => new Date(Date.UTC(2026, 8, 15, 10) + s * 1000);

/** The field the throttle names when it refuses, or 'ok'. */
async function attempt(th: LoginThrottle, user: string, address: string, s: number): Promise<string> {
  try {
    await th.admit(user, address, at(s));
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(Problem);
    expect((e as Problem).status).toBe(429);
    return (e as Problem).fields![0]!.field;
  }
}

describe('login throttle', () => {
  it('delays double after the free attempts and stop at the maximum: a delay, never a lock', async () => {
    const f = LOGIN_FREE_ATTEMPTS_PER_ACCOUNT;
    expect([f, f + 1, f + 2, f + 3].map((n) => loginDelaySeconds(n, f))).toEqual([0, 1, 2, 4]);
    expect(loginDelaySeconds(f + 40, f)).toBe(LOGIN_MAX_DELAY_SECONDS);
  });

  it('makes one address wait for one account, and lets it try again once the delay has passed', async () => {
    const th = new LoginThrottle(100_000, 0);
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS_PER_ACCOUNT; i++) expect(await attempt(th, 'admin', '192.0.2.1', 0)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.1', 0)).toBe('ok'); // the first delayed attempt: 1 s from now
    expect(await attempt(th, 'admin', '192.0.2.1', 0.5)).toBe('username');
    expect(await attempt(th, 'someone', '192.0.2.1', 0.5)).toBe('ok'); // another account from here is not held up
    expect(await attempt(th, 'admin', '192.0.2.1', 1)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.1', 2)).toBe('username'); // now 2 s
    expect(await attempt(th, 'admin', '192.0.2.1', 3)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.2', 3)).toBe('ok'); // nor the same account from elsewhere
  });

  it('slows one address spraying usernames, and no other address', async () => {
    const th = new LoginThrottle(100_000, 0);
    const results = await Promise.all(Array.from({ length: LOGIN_FREE_ATTEMPTS_PER_ADDRESS + 5 }, (_, i) => attempt(th, `user${i}`, '192.0.2.9', 0)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(LOGIN_FREE_ATTEMPTS_PER_ADDRESS + 1);
    expect(results.at(-1)).toBe('(client address)');
    expect(await attempt(th, 'admin', '198.51.100.7', 0)).toBe('ok');
  });

  it('forgives one attempt per quiet stretch, and clears an account after a success', async () => {
    const th = new LoginThrottle(100_000, 0);
    const counted = LOGIN_FREE_ATTEMPTS_PER_ACCOUNT + 1; // the free ones and the first delayed one
    for (let i = 0; i < counted; i++) expect(await attempt(th, 'admin', '192.0.2.1', 0)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.1', 0)).toBe('username');
    // Quiet for as many stretches as attempts were counted: the free attempts are free again, at once.
    const later = counted * LOGIN_FORGIVE_SECONDS;
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS_PER_ACCOUNT; i++) expect(await attempt(th, 'admin', '192.0.2.1', later)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.1', later)).toBe('ok');
    expect(await attempt(th, 'admin', '192.0.2.1', later)).toBe('username');
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS_PER_ACCOUNT; i++) await attempt(th, 'jan', '192.0.2.3', 0);
    th.succeeded('jan', '192.0.2.3');
    for (let i = 0; i <= LOGIN_FREE_ATTEMPTS_PER_ACCOUNT; i++) expect(await attempt(th, 'jan', '192.0.2.3', 0)).toBe('ok');
  });

  it('answers a refusal only after its delay or the hold, whichever is shorter', async () => {
    vi.useFakeTimers();
    try {
      const th = new LoginThrottle(100_000, 60);
      for (let i = 0; i <= LOGIN_FREE_ATTEMPTS_PER_ACCOUNT; i++) await th.admit('admin', '192.0.2.1', at(0));
      let refused = false;
      const pending = th.admit('admin', '192.0.2.1', at(0)).catch(() => (refused = true));
      await vi.advanceTimersByTimeAsync(900);
      expect(refused).toBe(false);
      await vi.advanceTimersByTimeAsync(200); // the delay was 1 s
      await pending;
      expect(refused).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps its memory bounded', async () => {
    const th = new LoginThrottle(1000, 0);
    for (let i = 0; i < 5000; i++) await attempt(th, 'x', `10.0.${i >> 8}.${i & 255}`, 0);
    expect((th as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(1000);
  });
});
