import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClientIfNeeded } from '../../server/client-build.ts';
import { chromiumPath } from '../support/browser.ts';

/** Builds the client once for all browser tests, and says plainly when Chromium is missing. */
export default async function setup(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  await buildClientIfNeeded(root, `${root}dist/client`);
}
