/**
 * The mystery guest's service worker, served as /sw.js with scope /opdracht/ (see register.ts).
 * offline-build.ts compiles this file and puts the build's file list in front of it as `PRECACHE`,
 * so every build is a new worker with its own cache. What it does:
 * - install: caches every file of the build (the researcher workspace excepted);
 * - activate: deletes the caches of earlier builds and takes control of open guest pages;
 * - fetch: a page under /opdracht/ gets the cached app shell, an asset comes from the cache, and
 *   everything else (the API above all: IndexedDB holds the guest's data) goes to the network
 *   untouched. Answers never pass through a cache.
 * It imports nothing: it runs as a classic worker script.
 */

/** Put in front of the compiled worker by offline-build.ts. */
declare const PRECACHE: { version: string; files: string[] };

// The DOM library is this project's; the few worker types used here are declared locally.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = 'peil-guest-';
const cacheName = `${CACHE_PREFIX}${PRECACHE.version}`;
const APP_SHELL = '/index.html';

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(PRECACHE.files.map((f) => `/${f}`)))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName).map((n) => caches.delete(n))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    if (url.pathname === '/opdracht' || url.pathname.startsWith('/opdracht/')) event.respondWith(cached(APP_SHELL, request));
    return;
  }
  event.respondWith(cached(url.pathname, request));
});

/** The cached copy of `path`, or the network's answer when this build did not cache it. */
async function cached(path: string, request: Request): Promise<Response> {
  const hit = await caches.match(path, { cacheName });
  return hit ?? fetch(request);
}
