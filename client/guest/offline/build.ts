import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformWithOxc, type Plugin } from 'vite';

/**
 * The built files a guest needs offline: the app shell (index.html, which Vite may emit after this
 * plugin has run, so it is always listed) and every other file but the researcher workspace,
 * source maps and the worker itself.
 */
export function precacheFiles(fileNames: readonly string[]): string[] {
  const needed = fileNames.filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !/(^|\/)Workspace-[^/]*$/.test(f));
  return [...new Set(['index.html', ...needed])].sort();
}

/**
 * A Vite build plugin that writes the guest's service worker to `sw.js`: `workerSource`
 * (client/guest/offline/worker.ts) compiled, with the build's file list and a version derived from
 * it put in front as `PRECACHE`. Hashed file names change with their content, so a new build gives
 * a new version, and the browser installs the new worker and drops the old cache.
 *
 * Written by hand rather than with vite-plugin-pwa: Workbox's build needs rollup's native
 * binaries for every platform in the lock file, which this project's registry does not all carry
 * (so `npm ci` failed), and the worker needs no more than this.
 */
export function guestServiceWorker(workerSource: string): Plugin {
  return {
    name: 'peil-guest-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = precacheFiles(Object.keys(bundle));
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const { code } = await transformWithOxc(readFileSync(workerSource, 'utf8'), workerSource, { lang: 'ts' });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: `const PRECACHE = ${JSON.stringify({ version, files })};\n${code}` });
    },
  };
}
