import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text formats and the icon (PNG inside an ICO is already compressed, but its header is not). */
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|ico|txt)$/;

/** Every compressible file below `dir`, recursively, without earlier compressed copies. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : compressible.test(name) ? [path] : [];
  });
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every compressible
 * built file, once at build time, so the server sends compressed bytes without compressing per request
 * (server/static.ts serves them with `precompressed`). A copy that would not be smaller is not written.
 * Runs after every other plugin has written its files (the guest's sw.js included).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'peil-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const path of filesBelow(outDir)) {
          const raw = readFileSync(path);
          const br = brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          });
          const gz = gzipSync(raw, { level: 9 });
          if (br.length < raw.length) writeFileSync(`${path}.br`, br);
          if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
        }
      },
    },
  };
}
