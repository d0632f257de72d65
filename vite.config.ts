/// <reference types="vite/client" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompress } from './client/build/precompress.ts';
import { guestServiceWorker } from './client/guest/offline/build.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The respondent's client: built once into dist/client and served by the Hono server
// from the same origin, so the CSP never needs another host.
export default defineConfig({
  root: here('client'),
  plugins: [
    react(),
    // The mystery guest's offline app: a service worker (dist/client/sw.js) that precaches the built
    // app. Only the guest app registers it, with scope /opdracht/ (client/guest/offline/register.ts),
    // so respondents' pages are never controlled by it. API calls are not cached: IndexedDB holds the data.
    guestServiceWorker(here('client/guest/offline/worker.ts')),
    // Brotli and gzip copies of every built file, served as they are by server/static.ts.
    precompress(),
  ],
  resolve: {
    alias: [
      // The design system's one-file ES build keeps every component (its static property assignments
      // count as side effects); its per-component modules let each bundle keep only what it renders.
      { find: /^@amsterdam\/design-system-react$/, replacement: here('node_modules/@amsterdam/design-system-react/dist/index.js') },
    ],
  },
  build: {
    outDir: here('dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
