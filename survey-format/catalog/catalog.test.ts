import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../checker/check-paths.ts';
import { formatProblem } from '../checker/index.ts';
import { werkplek } from '../checker/fixtures/helpers.ts';
import { catalogFrom, CatalogError, loadCatalog } from './catalog.ts';

/** What `load` throws: a CatalogError, by its message. */
function refusal(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return (e as CatalogError).message;
  }
  throw new Error('nothing was refused');
}

const brokenDir = fileURLToPath(new URL('../../test/fixtures/broken-surveys/', import.meta.url));
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));

describe('loadCatalog', () => {
  it('refuses a folder with a broken survey, listing the checker\'s problems as file: path: message', () => {
    const expected = checkPaths([brokenDir]).problems.map(formatProblem).join('\n');
    expect(expected).toContain('bad-indicators.json: $.indicators[2].question: "aanpassing_type" is not a question in this survey');
    expect(refusal(() => loadCatalog(brokenDir))).toBe(expected);
  });

  it('loads the bundled surveys, skipping the lock file beside them', () => {
    const catalog = loadCatalog(surveysDir);
    // Ids in order, each with a version; versions move as surveys are edited, so only their form is fixed.
    expect(catalog.list().map((s) => `${s.id} ${s.version.replace(/^\d+\.\d+\.\d+$/, 'x.y.z')}`)).toEqual([
      'exit x.y.z',
      'inclusie x.y.z',
      'mystery-guest x.y.z',
      // File order: onboarding-audit.json sorts before onboarding.json.
      'onboarding-audit x.y.z',
      'onboarding x.y.z',
      'procedures x.y.z',
      'sollicitant-herkomst x.y.z',
      'toegankelijkheid x.y.z',
    ]);
    expect(catalog.get('exit')?.definition.survey.title).toEqual({ default: expect.any(String), en: expect.any(String) });
  });
});

describe('catalogFrom', () => {
  it('builds a catalog from checked definitions and refuses one that fails the check', () => {
    expect(catalogFrom([{ file: 'werkplek.json', json: werkplek() }]).get('werkplek')?.definition.version).toBe('1.2.0');
    const json = werkplek();
    json.survey.pages[0].elements[0].title = { default: 'Tevredenheid' };
    expect(refusal(() => catalogFrom([{ file: 'werkplek.json', json }]))).toBe('werkplek.json: $.survey.pages[0].elements[0].title.en: English text missing');
  });
});
