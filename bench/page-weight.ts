/**
 * Benchmark: what a respondent's phone downloads and waits for. The real server and built client, a
 * survey with an open wave, and Debian's Chromium on a throttled profile (1.6 Mbit/s down, 750 kbit/s
 * up, 150 ms latency, CPU 4x slower). Measures, in one run, the bytes on the wire (compressed, as the
 * browser asked for them) of the start page and of everything up to the first question, and the time
 * from navigation to the first question on screen (clicking "Beginnen" as soon as it is there).
 * The uncompressed sizes of the same requests are printed beside them: what the page would weigh
 * without compression. Run with `npx tsx bench/page-weight.ts`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildClientIfNeeded } from '../server/client-build.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { startServer } from '../test/support/server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The phone of the accessibility issue: slow 3G-like network and a 4x slower CPU. */
export const throttledPhone = { downloadBytesPerSec: 200_000, uploadBytesPerSec: 93_750, latencyMs: 150, cpuSlowdown: 4 };
export const budgets = { startPageBytes: 60 * 1024, firstQuestionBytes: 300 * 1024, firstQuestionMs: 4000 };

export interface PageWeight {
  startPage: { wire: number; raw: number; requests: number };
  firstQuestion: { wire: number; raw: number; requests: number; ms: number };
}

export async function runPageWeightBench(surveyId = 'inclusie'): Promise<PageWeight> {
  await buildClientIfNeeded(root, `${root}dist/client`);
  const server = await startServer(`${root}surveys/`);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttledPhone.latencyMs,
      downloadThroughput: throttledPhone.downloadBytesPerSec,
      uploadThroughput: throttledPhone.uploadBytesPerSec,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttledPhone.cpuSlowdown });
    const wire = new Map<string, number>();
    const raw = new Map<string, number>();
    cdp.on('Network.dataReceived', (e) => raw.set(e.requestId, (raw.get(e.requestId) ?? 0) + e.dataLength));
    cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
    const total = () => ({
      wire: [...wire.values()].reduce((a, b) => a + b, 0),
      raw: [...raw.values()].reduce((a, b) => a + b, 0),
      requests: wire.size,
    });

    const started = Date.now();
    await page.goto(`${server.url}/s/${surveyId}`);
    const begin = page.getByRole('button', { name: 'Beginnen', exact: true });
    await begin.waitFor();
    await page.waitForLoadState('networkidle');
    const startPage = total();
    await begin.click();
    await page.locator('.sd-question').first().waitFor({ state: 'visible', timeout: 60_000 });
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    return { startPage, firstQuestion: { ...total(), ms } };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The figures as `npm run bench` prints them: each beside its budget. */
export function printPageWeight(w: PageWeight): void {
  console.log('what | on the wire | uncompressed | requests | budget');
  console.log(
    `start page | ${kb(w.startPage.wire)} | ${kb(w.startPage.raw)} | ${w.startPage.requests} | <= ${kb(budgets.startPageBytes)}: ${verdict(w.startPage.wire <= budgets.startPageBytes)}`,
  );
  console.log(
    `up to the first question | ${kb(w.firstQuestion.wire)} | ${kb(w.firstQuestion.raw)} | ${w.firstQuestion.requests} | <= ${kb(budgets.firstQuestionBytes)}: ${verdict(w.firstQuestion.wire <= budgets.firstQuestionBytes)}`,
  );
  console.log(
    `first question on screen, throttled | ${(w.firstQuestion.ms / 1000).toFixed(1)} s | | | < ${budgets.firstQuestionMs / 1000} s: ${verdict(w.firstQuestion.ms < budgets.firstQuestionMs)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) printPageWeight(await runPageWeightBench());
