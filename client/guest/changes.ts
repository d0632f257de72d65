import { useEffect, useState } from 'react';

/**
 * Tells every tab of this device that the guest's data changed, so each one re-reads IndexedDB:
 * other tabs through a BroadcastChannel, this tab through a local event (a channel does not
 * deliver to its own sender).
 */
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('peil-guest');
const local = new EventTarget();

/** Announces a change to this tab and the others. */
export function announceChange(): void {
  channel?.postMessage('changed');
  local.dispatchEvent(new Event('changed'));
}

/** Calls `listener` on every change, in this tab or another; returns the unsubscribe. */
export function onChange(listener: () => void): () => void {
  local.addEventListener('changed', listener);
  channel?.addEventListener('message', listener);
  return () => {
    local.removeEventListener('changed', listener);
    channel?.removeEventListener('message', listener);
  };
}

/**
 * The result of `load`, read again after every change in any tab; `undefined` while the first read
 * runs. `load` should be stable for the same `key`.
 */
export function useStored<T>(load: () => Promise<T>, key: string): T | undefined {
  const [value, setValue] = useState<{ key: string; value: T }>();
  useEffect(() => {
    let live = true;
    const read = () => void load().then((v) => live && setValue({ key, value: v }));
    read();
    const off = onChange(read);
    return () => {
      live = false;
      off();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value?.key === key ? value.value : undefined;
}
