import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/**
 * Serves the built client. Hashed assets are cached for a year; every other path gets index.html,
 * so the client's own routes (/s/:survey, /opdracht/…) work on reload. The service worker (/sw.js)
 * is revalidated on every load, so a guest's phone never keeps running an old app.
 */
export function clientRoutes(clientDir: string) {
  const root = relative(process.cwd(), clientDir) || '.';
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8');
  return new Hono()
    .use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    })
    .use('/sw.js', async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-cache');
    })
    .use('*', serveStatic({ root }))
    // A missing asset is a 404, not the page: a stale tab asking for an old bundle must not get HTML.
    .get('/assets/*', (c) => c.text('Not found', 404))
    .get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
}
