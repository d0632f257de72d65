/** The workspace's security settings, in one place. */

/** A session ends after this long without a request. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** A session ends this long after login, however busy. */
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
/**
 * A session of an account of the identity provider ends this long after sign-in: its role comes
 * from its groups at sign-in, so someone removed from a group (or a leaver whose account is
 * closed) loses access at the next request after it. Signing in again is a redirect through the
 * provider, which knows the browser already.
 */
export const OIDC_SESSION_ABSOLUTE_SECONDS = SESSION_IDLE_SECONDS;

/**
 * Login throttling (server/auth/login-throttle.ts): after this many failed attempts at one account
 * from one client address, each next attempt from there waits a delay that doubles, from 1 second.
 */
export const LOGIN_FREE_ATTEMPTS_PER_ACCOUNT = 3;
/** The same for one client address over all usernames together: bounds spraying and scrypt's CPU. */
export const LOGIN_FREE_ATTEMPTS_PER_ADDRESS = 5;
/** The longest delay: the throttle slows guessing down, it never locks anyone out for longer. */
export const LOGIN_MAX_DELAY_SECONDS = 5 * 60;
/**
 * A refused attempt is answered after this long at most (or when its delay has passed, if sooner):
 * a client that keeps a connection hammering gets one answer a second on it, so a flood costs the
 * server little and the people working on it nothing.
 */
export const LOGIN_REFUSAL_HOLD_SECONDS = 1;
/**
 * Each stretch this long without an attempt forgives one counted attempt, so an office behind one
 * address does not pile up its typing errors over a day; a quiet hour forgives twelve.
 */
export const LOGIN_FORGIVE_SECONDS = 5 * 60;

/** Passwords: long enough to resist guessing offline, short enough not to make hashing a burden. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
