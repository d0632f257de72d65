import { useEffect, useState } from 'react';
import { lockManager } from './locks.ts';

/** Whether this tab may edit a draft: still asking, yes, or no because another tab has it open. */
export type DraftLock = 'asking' | 'held' | 'elsewhere';

/** How long a lock may take before the guest is told another tab has it (a tab leaving the draft needs a moment to let go). */
const PATIENCE_MS = 400;

/**
 * Holds the Web Lock `peil-draft:<id>` while the draft is open in this tab, so one tab at a time edits
 * a draft. A tab that does not get it at once says `elsewhere` and waits in line: when the other tab
 * closes or leaves the draft, this one gets the lock and says `held`. The lock is released on
 * unmount, and by the browser when the tab closes or crashes.
 */
export function useDraftLock(id: string): DraftLock {
  const [state, setState] = useState<{ id: string; lock: DraftLock }>({ id, lock: 'asking' });
  useEffect(() => {
    const locks = lockManager();
    if (!locks) {
      setState({ id, lock: 'held' });
      return;
    }
    const leave = new AbortController();
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    const impatient = setTimeout(() => setState({ id, lock: 'elsewhere' }), PATIENCE_MS);
    locks
      .request(`peil-draft:${id}`, { signal: leave.signal }, () => {
        clearTimeout(impatient);
        if (!leave.signal.aborted) setState({ id, lock: 'held' });
        return released;
      })
      .catch(() => {
        // Aborted while waiting in line: this tab left the draft.
      });
    return () => {
      clearTimeout(impatient);
      leave.abort();
      release();
    };
  }, [id]);
  return state.id === id ? state.lock : 'asking';
}
