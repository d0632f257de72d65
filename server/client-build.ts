import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/**
 * Builds the client into `outDir` when it is missing or older than its sources, so `npm start`
 * on a fresh clone needs no separate build step. Returns whether it built.
 */
export async function buildClientIfNeeded(projectRoot: string, outDir: string): Promise<boolean> {
  const built = existsSync(join(outDir, 'index.html')) ? newestMtime(outDir) : 0;
  // The client imports from every layer below it (docs/layers.md), so a change there makes the build stale too.
  const sources = Math.max(
    ...['client', 'server', 'analysis', 'survey-format'].map((dir) => newestMtime(join(projectRoot, dir))),
    newestMtime(join(projectRoot, 'vite.config.ts')),
    newestMtime(join(projectRoot, 'package-lock.json')),
  );
  if (built > sources) return false;
  const { build } = await import('vite');
  // Always the production build, also when called from the test runner (NODE_ENV=test): Vite follows
  // NODE_ENV, and a test-mode build is half again as large, which the page-weight bench would measure.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
