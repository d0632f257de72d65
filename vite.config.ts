/// <reference types="vite/client" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The respondent's client: built once into dist/client and served by the Hono server
// from the same origin, so the CSP never needs another host.
export default defineConfig({
  root: here('client'),
  plugins: [react()],
  build: {
    outDir: here('dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
