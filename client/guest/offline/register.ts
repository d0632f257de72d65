/**
 * Registers the guest app's service worker (worker.ts, built into /sw.js by build.ts), limited to
 * /opdracht/: it precaches the app so an assignment reloads with no connection, and it never
 * controls a respondent's survey pages. It is registered only from the guest app, so respondents
 * never download it. Without service workers (or in the dev server, which has no /sw.js, so the
 * registration fails quietly) the app works online only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/opdracht/' }).catch(() => {
    // No offline copy this time; the app itself still works, and the next load tries again.
  });
}
