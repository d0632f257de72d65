/**
 * The Web Locks API (`navigator.locks`) where the browser has it. Locks are shared by every tab of
 * this origin and released when a tab closes or crashes, which is what makes "one tab at a time"
 * hold without any clean-up. Without the API (an old browser), a lock is always granted: one tab works
 * as before, and the idempotency keys still keep two tabs from storing anything twice.
 */
export function lockManager(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/** Runs `work` while holding the exclusive lock `name`, waiting for another tab to release it first. */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return work();
  return locks.request(name, work);
}
