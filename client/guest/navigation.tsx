import { Link } from '@amsterdam/design-system-react';
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

const NAVIGATE = 'peil:navigate';

/**
 * Goes to another page of the guest app without a page load (the service worker serves a reload
 * too). `replace` leaves no history entry, for a page the back button should skip.
 */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The current path, following `navigate` and the browser's back and forward buttons. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return path;
}

/** A link within the guest app: a real href (opens in a new tab too), followed without a page load. */
export function GuestLink({ href, children }: { href: string; children: ReactNode }) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <Link href={href} onClick={follow}>
      {children}
    </Link>
  );
}

/** The pages of the guest app, from the path. */
export type GuestRoute =
  | { page: 'list' }
  | { page: 'assignment'; assignmentId: string }
  | { page: 'observation'; assignmentId: string; observationId: string };

/** `/opdracht/`, `/opdracht/<local-id>` and `/opdracht/<local-id>/<observation-id>`. */
export function guestRoute(path: string): GuestRoute {
  const m = /^\/opdracht\/([A-Za-z0-9_-]+)(?:\/([A-Za-z0-9_-]+))?\/?$/.exec(path);
  if (!m) return { page: 'list' };
  return m[2] ? { page: 'observation', assignmentId: m[1]!, observationId: m[2] } : { page: 'assignment', assignmentId: m[1]! };
}
