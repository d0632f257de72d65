/** The workspace's security settings, in one place. */

/** A session ends after this long without a request. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** A session ends this long after login, however busy. */
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;

/** Login attempts per username since its last success, within the window, before it is refused. */
export const LOGIN_ATTEMPTS_PER_USERNAME = 5;
export const LOGIN_USERNAME_WINDOW_SECONDS = 15 * 60;
/** Login attempts for all usernames together per window: bounds password spraying and scrypt's CPU. */
export const LOGIN_ATTEMPTS_OVERALL = 30;
export const LOGIN_OVERALL_WINDOW_SECONDS = 60;

/** Passwords: long enough to resist guessing offline, short enough not to make hashing a burden. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
