import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The lifecycle every browser test file shares: the real server on a fresh database, and headless
 * Chromium, started before the file's tests and stopped after them. Read `server` and `browser` from
 * the returned object inside tests (they exist once `beforeAll` has run).
 */
export function serverAndBrowser(start: () => Promise<RunningServer> = () => startServer()): { server: RunningServer; browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    env.server = await start();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
