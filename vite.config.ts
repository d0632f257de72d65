/// <reference types="vite/client" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The respondent's client: built once into dist/client and served by the Hono server
// from the same origin, so the CSP never needs another host.
export default defineConfig({
  root: here('client'),
  plugins: [
    react(),
    // The mystery guest's offline app: a Workbox service worker (dist/client/sw.js) that precaches the
    // built app. Only the guest app registers it, with scope /opdracht/ (client/guest/service-worker.ts),
    // so respondents' pages are never controlled by it. API calls are not cached: IndexedDB holds the data.
    VitePWA({
      injectRegister: null,
      manifest: false,
      strategies: 'generateSW',
      workbox: {
        // The researcher workspace is its own bundle; a guest never needs it offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        globIgnores: ['**/Workspace-*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/^\/opdracht(\/|$)/],
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        inlineWorkboxRuntime: true,
        sourcemap: false,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    outDir: here('dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
