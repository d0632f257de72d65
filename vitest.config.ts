import { defineConfig } from 'vitest/config';

// Four projects: unit tests beside the code; the API tests twice, once on an embedded database file
// and once on a libSQL server (sqld) started per test; the browser tests against a running server.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A page or a server under load (CI, a busy machine) may take seconds to show what a test waits
    // for; polls wait up to 15 s instead of vitest's 1 s. A poll that never succeeds still fails.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['{survey-format,server,analysis,client,bench}/**/*.test.ts', 'test/analysis/**/*.test.ts', 'test/layers.test.ts'] } },
      { extends: true, test: { name: 'api:file', include: ['test/api/**/*.test.ts', 'test/flow/**/*.test.ts'], env: { PEIL_TEST_DB: 'file' } } },
      { extends: true, test: { name: 'api:sqld', include: ['test/api/**/*.test.ts'], env: { PEIL_TEST_DB: 'sqld' } } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
