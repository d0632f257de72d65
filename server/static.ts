import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';

/** The paths the client renders itself: the home page, a survey, the statements, the workspace, the guest's app. */
const clientPage = /^\/(?:s\/[a-z][a-z0-9-]*\/?|privacy|toegankelijkheid|beheer(?:\/.*)?|opdracht(?:\/.*)?)?$/;

/** The response differs by Accept-Encoding wherever a compressed copy may be chosen: say so to every cache. */
const varyOnEncoding: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.get('Vary')?.includes('Accept-Encoding')) c.header('Vary', 'Accept-Encoding', { append: true });
};

const noCache: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-cache');
};

/**
 * Serves the built client, with the brotli or gzip copy made at build time (client/build/precompress.ts)
 * when the browser accepts it. Hashed assets are cached for a year; the service worker (/sw.js) and
 * the page are revalidated on every load, so nobody keeps running an old app. The client's own routes
 * (/s/:survey, /beheer/…, /opdracht/…) get the page; any other path gets the same page with status 404,
 * and the client shows its not-found page.
 */
export function clientRoutes(clientDir: string) {
  const root = relative(process.cwd(), clientDir) || '.';
  const page = serveStatic({ root, path: 'index.html', precompressed: true });
  return new Hono()
    .use('*', varyOnEncoding)
    .use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    })
    .use('/favicon.*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=86400');
    })
    .use('/sw.js', noCache)
    .use('/', noCache)
    .use('*', serveStatic({ root, precompressed: true }))
    // A missing asset is a 404, not the page: a stale tab asking for an old bundle must not get HTML.
    .get('/assets/*', (c) => c.text('Not found', 404))
    .get('*', async (c, next) => {
      c.header('Cache-Control', 'no-cache');
      const res = (await page(c, next)) as Response;
      return clientPage.test(c.req.path) ? res : new Response(res.body, { status: 404, headers: res.headers });
    });
}
